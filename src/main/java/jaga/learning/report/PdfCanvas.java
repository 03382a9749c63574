package jaga.learning.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A page-at-a-time writer over PDFBox: a cursor moving down the page, text that wraps and
 * starts a new page when it runs out of room, shapes, and page numbers added at the end. Text is
 * laid out by {@link PdfText} (DejaVu and, run by run, the shipped Tamil and Chinese fonts) and
 * drawn here: Tamil glyph by glyph as shaped, bold Chinese thickened. A letter no font has is
 * drawn as {@link PdfText#MISSING} and the footer says so, never a crash or a blank.
 */
final class PdfCanvas implements AutoCloseable {
    static final float MARGIN = 42;
    /** Font sizes of body text and of small print (tables, notes, charts). */
    static final float BODY = 9.5f;
    static final float SMALL = 8f;

    static final Color INK = new Color(0x1f, 0x29, 0x33);
    static final Color MUTED = new Color(0x55, 0x5f, 0x6b);
    static final Color ACCENT = new Color(0x0b, 0x6e, 0x79);
    static final Color ACCENT_LIGHT = new Color(0xd5, 0xee, 0xf0);
    static final Color GOOD = new Color(0x2e, 0x7d, 0x32);
    static final Color WARN = new Color(0xc6, 0x28, 0x28);
    static final Color RULE = new Color(0xc8, 0xcf, 0xd6);

    final PDDocument document = new PDDocument();
    final PdfText layout = new PdfText(document);
    final PDFont regular = layout.regular;
    final PDFont bold = layout.bold;
    final PDFont serifBold = layout.serifBold;
    private final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    float y;

    PdfCanvas(PDRectangle size) {
        this.size = size;
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
        return layout.missingGlyphs();
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

    void text(float x, float baseline, PDFont font, float fontSize, Color color, String text) throws IOException {
        content.beginText();
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        for (PdfText.Run run : layout.runs(font, text)) {
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
    private void showShaped(PdfText.Run run) throws IOException {
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

    /** See {@link PdfText#fit}. */
    String fit(PDFont font, float fontSize, String text, float width) {
        return layout.fit(font, fontSize, text, width);
    }

    /** See {@link PdfText#wrap(PDFont, float, String, float, int)}. */
    List<String> wrap(PDFont font, float fontSize, String text, float width, int maxLines) {
        return layout.wrap(font, fontSize, text, width, maxLines);
    }

    float textWidth(PDFont font, float fontSize, String text) {
        return layout.textWidth(font, fontSize, text);
    }

    /** How tall {@link #paragraph} would draw this text. */
    float paragraphHeight(float width, PDFont font, float fontSize, String text) {
        return layout.wrap(font, fontSize, text, width).size() * fontSize * 1.35f;
    }

    /** A wrapped paragraph at the cursor, moving to a new page between lines when needed. */
    void paragraph(float x, float width, PDFont font, float fontSize, Color color, String text) throws IOException {
        float leading = fontSize * 1.35f;
        for (String line : layout.wrap(font, fontSize, text, width)) {
            ensure(leading);
            y -= leading;
            text(x, y + fontSize * 0.3f, font, fontSize, color, line);
        }
    }

    /** How far down a heading and its rule take the cursor. */
    static final float HEADING_HEIGHT = 32;

    void heading(String text) throws IOException {
        heading(text, 28);
    }

    /**
     * A section heading kept together with {@code keepWith} points of what follows it (its note and
     * the first lines): with less room left on the page it starts the next page, never alone at a foot.
     */
    void heading(String text, float keepWith) throws IOException {
        ensure(HEADING_HEIGHT + keepWith);
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
                if (layout.missingGlyphs()) {
                    text(left(), base - 10, regular, 7f, MUTED, fit(regular, 7f, fontNote, contentWidth()));
                }
            }
        }
        content = null;
        document.save(out);
    }

    /** Closes the page and saves with no footer (certificates); still notes letters it could not draw. */
    void finishPlain(OutputStream out, String fontNote) throws IOException {
        if (layout.missingGlyphs()) {
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
