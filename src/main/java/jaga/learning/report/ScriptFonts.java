package jaga.learning.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts Jaga ships for the scripts DejaVu lacks (see {@code /jaga/fonts/README.md}): Noto Sans
 * CJK SC cut down to the Simplified and Traditional characters of everyday Chinese, and Noto Sans
 * Tamil. Their bytes are read once per run of Jaga. Tamil needs shaping (a vowel sign written
 * before its consonant, "கு" drawn as one letter): Java's own text layout (HarfBuzz) shapes it,
 * and every glyph of the shipped Tamil fonts can be drawn by its private-use code point
 * {@code U+E000 + glyph id} (added by {@code .ci/make-report-fonts}).
 */
public final class ScriptFonts {
    /** Where the font files are on the class path. */
    public static final String FOLDER = "/jaga/fonts/";
    public static final String CHINESE = "NotoSansSC-Jaga-Regular.ttf";
    public static final String TAMIL = "NotoSansTamil-Regular.ttf";
    public static final String TAMIL_BOLD = "NotoSansTamil-Bold.ttf";
    /** Every shipped font file, for a screen that lacks these scripts. */
    public static final List<String> ALL = List.of(CHINESE, TAMIL, TAMIL_BOLD);
    /** Glyph {@code g} of a shipped Tamil font is also mapped from {@code PRIVATE_USE + g}. */
    static final int PRIVATE_USE = 0xE000;

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<String, Font> SHAPERS = new ConcurrentHashMap<>();
    private static final FontRenderContext UNSCALED = new FontRenderContext(null, false, false);

    private ScriptFonts() {}

    public static InputStream open(String file) {
        return new ByteArrayInputStream(bytes(file));
    }

    static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = ScriptFonts.class.getResourceAsStream(FOLDER + f)) {
                if (in == null) {
                    throw new IOException(f + " not found");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("The report fonts are missing from Jaga's files", e);
            }
        });
    }

    static boolean tamil(int codePoint) {
        return codePoint >= 0x0B80 && codePoint <= 0x0BFF;
    }

    /** Glyph ids and their x positions (in 1/1000 em, one more position than glyphs: the end). */
    record Shaped(int[] glyphs, float[] x) {}

    /** Tamil text shaped with the given shipped font. */
    static Shaped shape(String file, String text) {
        Font font = SHAPERS.computeIfAbsent(file, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, open(f)).deriveFont(1000f);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("Cannot read " + f, e);
            }
        });
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(UNSCALED, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] glyphs = vector.getGlyphCodes(0, count, null);
        float[] x = new float[count + 1];
        for (int i = 0; i <= count; i++) {
            x[i] = (float) vector.getGlyphPosition(i).getX();
        }
        return new Shaped(glyphs, x);
    }
}
