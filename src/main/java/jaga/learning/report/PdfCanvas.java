package jaga.learning.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A page-at-a-time writer over PDFBox: a cursor moving down the page, text that wraps and
 * starts a new page when it runs out of room, and page numbers added at the end. Text is drawn
 * with the embedded DejaVu fonts; a letter they have no glyph for (for example Chinese or Tamil
 * script) is drawn as {@link #MISSING} and the footer says so, never a crash or a blank.
 */
final class PdfCanvas implements AutoCloseable {
    static final String MISSING = "\u25af";
    static final float MARGIN = 42;
    /**
     * The most characters of one text laid out: more is cut, with an ellipsis. A name is at most 60
     * and a module title a line or two; this bounds what a 30,000-character title or a
     * 100,000-character name (from a file made elsewhere) costs, in time and in pages.
     */
    static final int MAX_TEXT = 1_000;
    /** The most lines one table cell grows to, so that a row always fits on a page. */
    static final int MAX_CELL_LINES = 6;
    private static final String ELLIPSIS = "\u2026";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    static final Color INK = new Color(0x1f, 0x29, 0x33);
    static final Color MUTED = new Color(0x55, 0x5f, 0x6b);
    static final Color ACCENT = new Color(0x0b, 0x6e, 0x79);
    static final Color ACCENT_LIGHT = new Color(0xd5, 0xee, 0xf0);
    static final Color GOOD = new Color(0x2e, 0x7d, 0x32);
    static final Color WARN = new Color(0xc6, 0x28, 0x28);
    static final Color RULE = new Color(0xc8, 0xcf, 0xd6);

    final PDDocument document = new PDDocument();
    final PDFont regular;
    final PDFont bold;
    final PDFont serifBold;
    private final PDRectangle size;
    private final Map<PDFont, Map<Integer, Boolean>> drawable = new HashMap<>();
    private final Map<PDFont, Map<Integer, Float>> advances = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private boolean missingGlyphs;
    float y;

    PdfCanvas(PDRectangle size) {
        this.size = size;
        try {
            regular = font("DejaVuSans.ttf");
            bold = font("DejaVuSans-Bold.ttf");
            serifBold = font("DejaVuSerif-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException("The report fonts are missing from Jaga's files", e);
        }
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = PdfCanvas.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException(file + " not found");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return size.getWidth() - MARGIN;
    }

    float contentWidth() {
        return right() - left();
    }

    boolean missingGlyphs() {
        return missingGlyphs;
    }

    PDPageContentStream content() {
        return content;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code needed} points are left above the footer. */
    boolean ensure(float needed) throws IOException {
        if (content == null || y - needed < MARGIN + 24) {
            newPage();
            return true;
        }
        return false;
    }

    /** At most {@link #MAX_TEXT} characters of the text, with an ellipsis when it was cut. */
    static String bounded(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_TEXT || text.codePointCount(0, text.length()) <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT)) + ELLIPSIS;
    }

    /**
     * The text (cut to {@link #MAX_TEXT}) with every letter the font cannot draw replaced by
     * {@link #MISSING}; controls become spaces.
     */
    String drawable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        Map<Integer, Boolean> known = drawable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder();
        bounded(text).codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
                return;
            }
            boolean ok = known.computeIfAbsent(cp, c -> canEncode(font, new String(Character.toChars(c))));
            if (ok) {
                out.appendCodePoint(cp);
            } else {
                missingGlyphs = true;
                out.append(canEncode(font, MISSING) ? MISSING : "?");
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, String text) {
        try {
            font.encode(text);
            return font.getStringWidth(text) > 0 || text.isBlank();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    float textWidth(PDFont font, float fontSize, String text) {
        return width(font, drawable(font, text)) * fontSize;
    }

    /** Width at size 1 of text already drawable: the sum of its letters' advances, each measured once per font. */
    private float width(PDFont font, String clean) {
        float total = 0;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            total += advance(font, cp);
            i += Character.charCount(cp);
        }
        return total;
    }

    private float advance(PDFont font, int codePoint) {
        return advances.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(new String(Character.toChars(cp))) / 1000;
            } catch (IOException | IllegalArgumentException e) {
                return 0f;
            }
        });
    }

    void text(float x, float baseline, PDFont font, float fontSize, Color color, String text) throws IOException {
        content.beginText();
        content.setNonStrokingColor(color);
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, baseline);
        content.showText(drawable(font, text));
        content.endText();
    }

    void centred(float centreX, float baseline, PDFont font, float fontSize, Color color, String text) throws IOException {
        text(centreX - textWidth(font, fontSize, text) / 2, baseline, font, fontSize, color, text);
    }

    /**
     * The text cut to fit {@code width}, with an ellipsis when cut: as many letters as fit, found in
     * one pass (it was measured again for every letter taken off, which took minutes on a
     * 30,000-letter title).
     */
    String fit(PDFont font, float fontSize, String text, float width) {
        String clean = drawable(font, text);
        if (width(font, clean) * fontSize <= width) {
            return clean;
        }
        float room = width / fontSize - advance(font, ELLIPSIS.codePointAt(0));
        return clean.substring(0, fitting(font, clean, 0, room)) + ELLIPSIS;
    }

    /** The end index of the longest run of {@code clean} from {@code start} no wider than {@code room} (at size 1). */
    private int fitting(PDFont font, String clean, int start, float room) {
        float used = 0;
        int end = start;
        while (end < clean.length()) {
            int cp = clean.codePointAt(end);
            float next = advance(font, cp);
            if (used + next > room) {
                break;
            }
            used += next;
            end += Character.charCount(cp);
        }
        return end;
    }

    /**
     * Lines of at most {@code width}, broken at spaces (a word longer than a line is broken
     * anywhere). Each letter is measured once: the time grows with the text, not with its square.
     */
    List<String> wrap(PDFont font, float fontSize, String text, float width) {
        List<String> lines = new ArrayList<>();
        float room = width / fontSize;
        float space = advance(font, ' ');
        for (String paragraph : drawable(font, text.replace("\r", "")).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (String word : paragraph.split(" ")) {
                float wordWidth = width(font, word);
                float needed = line.length() == 0 ? wordWidth : used + space + wordWidth;
                if (needed <= room) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    used = needed;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int start = 0;
                while (wordWidth > room && word.length() - start > 1) {
                    int end = Math.max(fitting(font, word, start, room), start + Character.charCount(word.codePointAt(start)));
                    lines.add(word.substring(start, end));
                    wordWidth -= width(font, word.substring(start, end));
                    start = end;
                }
                line.append(word, start, word.length());
                used = width(font, line.toString());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** As {@link #wrap(PDFont, float, String, float)}, at most {@code maxLines}, the last ending in an ellipsis if cut. */
    List<String> wrap(PDFont font, float fontSize, String text, float width, int maxLines) {
        List<String> lines = wrap(font, fontSize, text, width);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1) + ELLIPSIS;
        kept.set(maxLines - 1, textWidth(font, fontSize, last) <= width ? last : fit(font, fontSize, last, width));
        return kept;
    }

    /** A wrapped paragraph at the cursor, moving to a new page between lines when needed. */
    void paragraph(float x, float width, PDFont font, float fontSize, Color color, String text) throws IOException {
        float leading = fontSize * 1.35f;
        for (String line : wrap(font, fontSize, text, width)) {
            ensure(leading);
            y -= leading;
            text(x, y + fontSize * 0.3f, font, fontSize, color, line);
        }
    }

    void heading(String text) throws IOException {
        ensure(60);
        y -= 22;
        text(left(), y, bold, 13, ACCENT, text);
        y -= 6;
        line(left(), y, right(), y, ACCENT, 0.8f);
        y -= 4;
    }

    void fill(float x, float bottom, float w, float h, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, w, h);
        content.fill();
    }

    void stroke(float x, float bottom, float w, float h, Color color, float lineWidth) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.addRect(x, bottom, w, h);
        content.stroke();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    void circle(float cx, float cy, float r, Color color, boolean filled) throws IOException {
        float k = 0.552f * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
        if (filled) {
            content.setNonStrokingColor(color);
            content.fill();
        } else {
            content.setNonStrokingColor(Color.WHITE);
            content.setStrokingColor(color);
            content.setLineWidth(1.2f);
            content.fillAndStroke();
        }
    }

    /**
     * Closes the last page, writes a footer on every page (left text, "Page n of N" from
     * {@code pageLabel}, and the font note when a letter could not be drawn) and saves.
     */
    void finish(String footer, IntFunction<String> pageLabel, String fontNote, OutputStream out) throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
        content = null;
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footerStream = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = footerStream;
                float base = MARGIN - 18;
                line(left(), base + 10, right(), base + 10, RULE, 0.5f);
                text(left(), base, regular, 7.5f, MUTED, fit(regular, 7.5f, footer, contentWidth() * 0.7f));
                String label = pageLabel.apply(i + 1).replace("{total}", Integer.toString(total));
                text(right() - textWidth(regular, 7.5f, label), base, regular, 7.5f, MUTED, label);
                if (missingGlyphs) {
                    text(left(), base - 10, regular, 7f, MUTED, fit(regular, 7f, fontNote, contentWidth()));
                }
            }
        }
        content = null;
        document.save(out);
    }

    /** Closes the page and saves with no footer (certificates); still notes letters it could not draw. */
    void finishPlain(OutputStream out, String fontNote) throws IOException {
        if (missingGlyphs) {
            text(left(), 14, regular, 7f, MUTED, fit(regular, 7f, fontNote, contentWidth()));
        }
        content.close();
        content = null;
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
