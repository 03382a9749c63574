package jaga.learning.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A page-at-a-time writer over PDFBox: a cursor moving down the page, text that wraps and
 * starts a new page when it runs out of room, and page numbers added at the end. Text is drawn
 * with the embedded DejaVu fonts and, run by run within a string, with the shipped Tamil and
 * Chinese fonts ({@link ScriptFonts}) for the letters DejaVu lacks; every font is embedded as a
 * subset of the letters used. A letter no font has is drawn as {@link #MISSING} and the footer
 * says so, never a crash or a blank.
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

    /**
     * The text with every letter that neither the font nor a fallback (Tamil, Chinese) can draw
     * replaced by {@link #MISSING}; controls become spaces.
     */
    String drawable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Run run : runs(font, text)) {
            out.append(run.text());
        }
        return out.toString();
    }

    /** A stretch of text drawn with one font; {@code face} is null for the primary (DejaVu) font. */
    record Run(PDFont font, Fallback face, String text) {}

    /** A fallback font: Tamil (shaped) or Chinese; {@code thicken} draws a regular face as bold. */
    private static final class Fallback {
        final String file;
        final boolean shaped;
        final boolean thicken;
        PDFont font;
        boolean unavailable;

        Fallback(String file, boolean shaped, boolean thicken) {
            this.file = file;
            this.shaped = shaped;
            this.thicken = thicken;
        }
    }

    private final Map<String, PDFont> fallbackFonts = new HashMap<>();
    private final Map<PDFont, List<Fallback>> fallbacks = new HashMap<>();

    /** The fallbacks of a primary font, in the order they are tried. */
    private List<Fallback> fallbacks(PDFont font) {
        return fallbacks.computeIfAbsent(font, f -> {
            boolean heavy = f != regular;
            return List.of(new Fallback(heavy ? ScriptFonts.TAMIL_BOLD : ScriptFonts.TAMIL, true, false),
                    new Fallback(ScriptFonts.CHINESE, false, heavy));
        });
    }

    /** The fallback's font, loaded into this document the first time a letter needs it. */
    private PDFont load(Fallback fallback) {
        if (fallback.font == null && !fallback.unavailable) {
            try {
                fallback.font = fallbackFonts.computeIfAbsent(fallback.file, file -> {
                    try {
                        return PDType0Font.load(document, ScriptFonts.open(file), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException | IllegalStateException e) {
                fallback.unavailable = true;
            }
        }
        return fallback.font;
    }

    private boolean covers(Fallback fallback, int cp) {
        if (fallback.shaped) {
            return ScriptFonts.tamil(cp) && load(fallback) != null && encodable(fallback.font, cp);
        }
        if (ScriptFonts.tamil(cp) || cp < 0x2E80) {
            return false;   // the Chinese font has nothing DejaVu lacks below the CJK blocks
        }
        return load(fallback) != null && encodable(fallback.font, cp);
    }

    private boolean encodable(PDFont font, int cp) {
        Map<Integer, Boolean> known = drawable.computeIfAbsent(font, f -> new HashMap<>());
        return known.computeIfAbsent(cp, c -> canEncode(font, new String(Character.toChars(c))));
    }

    /**
     * The text split into runs, each drawn with the first font that has every letter of it: the
     * primary font, else Tamil for Tamil letters, else the Chinese font; a letter none has becomes
     * {@link #MISSING} in the primary font. Spaces and marks between two letters of a fallback run
     * stay in it, so a Tamil word is shaped whole.
     */
    List<Run> runs(PDFont font, String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        text = bounded(text);
        List<Fallback> fallbacks = fallbacks(font);
        StringBuilder current = new StringBuilder();
        Fallback[] face = {null};
        text.codePoints().forEach(cp -> {
            Fallback chosen = null;
            String letter;
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                letter = " ";
            } else if (encodable(font, cp) && !ScriptFonts.tamil(cp)) {
                letter = new String(Character.toChars(cp));
            } else {
                for (Fallback fallback : fallbacks) {
                    if (covers(fallback, cp)) {
                        chosen = fallback;
                        break;
                    }
                }
                if (chosen == null && encodable(font, cp)) {
                    letter = new String(Character.toChars(cp));
                } else if (chosen == null) {
                    missingGlyphs = true;
                    letter = encodable(font, MISSING.codePointAt(0)) ? MISSING : "?";
                } else {
                    letter = new String(Character.toChars(cp));
                }
            }
            if (chosen != face[0] && current.length() > 0) {
                runs.add(new Run(face[0] == null ? font : face[0].font, face[0], current.toString()));
                current.setLength(0);
            }
            face[0] = chosen;
            current.append(letter);
        });
        runs.add(new Run(face[0] == null ? font : face[0].font, face[0], current.toString()));
        return runs;
    }

    /** At most {@link #MAX_TEXT} characters of the text, with an ellipsis when it was cut. */
    static String bounded(String text) {
        if (text.length() <= MAX_TEXT || text.codePointCount(0, text.length()) <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT)) + ELLIPSIS;
    }

    private static final Method WRITE = rawWriter();

    private static Method rawWriter() {
        try {
            Method write = PDPageContentStream.class.getSuperclass().getDeclaredMethod("write", String.class);
            write.setAccessible(true);
            return write;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Starts a span whose text is {@code text}, whatever glyphs are drawn. The dictionary is written
     * inline ({@code /Span <</ActualText (...)>> BDC}), which every reader honours (poppler's
     * pdftotext reads no other form); PDFBox has no public call for that, so its own {@code write}
     * is used, and the named-resource form if that is ever unavailable.
     */
    private void beginActualText(String text) throws IOException {
        if (WRITE != null) {
            StringBuilder hex = new StringBuilder("FEFF");
            for (char c : text.toCharArray()) {
                hex.append(String.format("%04X", (int) c));
            }
            try {
                WRITE.invoke(content, "/Span <</ActualText <" + hex + ">>> BDC\n");
                return;
            } catch (ReflectiveOperationException e) {
                // fall through to the named form
            }
        }
        COSDictionary properties = new COSDictionary();
        properties.setString(COSName.ACTUAL_TEXT, text);
        content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(properties));
    }

    private static boolean canEncode(PDFont font, String text) {
        try {
            font.encode(text);
            int type = Character.getType(text.codePointAt(0));
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;   // a vowel sign or the Tamil pulli: no width of its own
            return font.getStringWidth(text) > 0 || text.isBlank() || mark;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    float textWidth(PDFont font, float fontSize, String text) {
        try {
            float width = 0;
            for (Run run : runs(font, text)) {
                if (run.face() != null && run.face().shaped) {
                    float[] x = ScriptFonts.shape(run.face().file, run.text()).x();
                    width += x[x.length - 1];
                } else {
                    width += run.font().getStringWidth(run.text());
                }
            }
            return width / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(float x, float baseline, PDFont font, float fontSize, Color color, String text) throws IOException {
        content.beginText();
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        for (Run run : runs(font, text)) {
            content.setFont(run.font(), fontSize);
            if (run.face() == null) {
                content.showText(run.text());
            } else if (run.face().shaped) {
                showShaped(run);
            } else if (run.face().thicken) {
                content.setStrokingColor(color);
                content.setLineWidth(fontSize * 0.035f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.showText(run.text());
                content.setRenderingMode(RenderingMode.FILL);
            } else {
                content.showText(run.text());
            }
        }
        content.endText();
    }

    /**
     * Tamil shaped by Java's text layout, drawn glyph by glyph through the private-use code points
     * of the shipped font, placed where the layout put them, and marked with the real letters
     * (ActualText) so that copying or searching the PDF gives the name, not private-use codes.
     */
    private void showShaped(Run run) throws IOException {
        ScriptFonts.Shaped shaped = ScriptFonts.shape(run.face().file, run.text());
        beginActualText(run.text());
        List<Object> glyphs = new ArrayList<>();
        float expected = 0;
        for (int i = 0; i < shaped.glyphs().length; i++) {
            String code = new String(Character.toChars(ScriptFonts.PRIVATE_USE + shaped.glyphs()[i]));
            float shift = shaped.x()[i] - expected;
            if (Math.abs(shift) > 0.5f) {
                glyphs.add(-shift);
            }
            glyphs.add(code);
            expected = shaped.x()[i] + run.font().getStringWidth(code);
        }
        float end = shaped.x()[shaped.glyphs().length] - expected;
        if (Math.abs(end) > 0.5f) {
            glyphs.add(-end);
        }
        content.showTextWithPositioning(glyphs.toArray());
        content.endMarkedContent();
    }

    void centred(float centreX, float baseline, PDFont font, float fontSize, Color color, String text) throws IOException {
        text(centreX - textWidth(font, fontSize, text) / 2, baseline, font, fontSize, color, text);
    }

    /**
     * The text cut to fit {@code width}, with an ellipsis when cut: the longest start that fits,
     * found by halving (it was found by taking one letter off and measuring again, which took
     * minutes on a 30,000-letter title).
     */
    String fit(PDFont font, float fontSize, String text, float width) {
        String clean = drawable(font, text);
        if (textWidth(font, fontSize, clean) <= width) {
            return clean;
        }
        int end = longestFitting(font, fontSize, clean, 0, width, ELLIPSIS);
        return clean.substring(0, end) + ELLIPSIS;
    }

    /**
     * The end (a char index on a letter boundary) of the longest stretch of {@code text} from
     * {@code start} that, followed by {@code after}, is at most {@code width} wide; {@code start}
     * when not even one letter fits. Widths grow with the stretch, so halving finds it in a few
     * measurements.
     */
    private int longestFitting(PDFont font, float fontSize, String text, int start, float width, String after) {
        int letters = text.codePointCount(start, text.length());
        int low = 0;
        int high = letters;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            int end = text.offsetByCodePoints(start, middle);
            if (textWidth(font, fontSize, text.substring(start, end) + after) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return text.offsetByCodePoints(start, low);
    }

    /**
     * Lines of at most {@code width}, broken at spaces (a word longer than a line is broken
     * anywhere, where the longest piece that fits ends, found by halving).
     */
    List<String> wrap(PDFont font, float fontSize, String text, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : drawable(font, text.replace("\r", "")).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (textWidth(font, fontSize, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int start = 0;
                while (start < word.length() && textWidth(font, fontSize, word.substring(start)) > width
                        && word.codePointCount(start, word.length()) > 1) {
                    int end = Math.max(longestFitting(font, fontSize, word, start, width, ""),
                            word.offsetByCodePoints(start, 1));
                    lines.add(word.substring(start, end));
                    start = end;
                }
                line.append(word, start, word.length());
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
