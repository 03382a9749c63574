package jaga.learning.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text as a PDF lays it out: the DejaVu fonts shipped in {@code /jaga/fonts/} (see its README)
 * and, run by run within a string, the shipped Tamil and Chinese fonts ({@link ScriptFonts}) for
 * the letters DejaVu lacks, each loaded into the document the first time a letter needs it and
 * embedded as a subset; measuring, cutting to a width and wrapping. A letter no font has becomes
 * {@link #MISSING} and {@link #missingGlyphs()} says so, never a crash or a blank. Drawing is
 * {@link PdfCanvas}'s job.
 */
final class PdfText {
    static final String MISSING = "\u25af";
    /**
     * The most characters of one text laid out: more is cut, with an ellipsis. A name is at most 60
     * and a module title a line or two; this bounds what a 30,000-character title or a
     * 100,000-character name (from a file made elsewhere) costs, in time and in pages.
     */
    static final int MAX_TEXT = 1_000;
    static final String ELLIPSIS = "\u2026";
    /** The Latin fonts, from DejaVu 2.37 unchanged (licence in DejaVu-LICENSE.txt beside them). */
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    static final String SERIF_BOLD = "DejaVuSerif-Bold.ttf";

    final PDFont regular;
    final PDFont bold;
    final PDFont serifBold;
    private final PDDocument document;
    private final Map<PDFont, Map<Integer, Boolean>> drawable = new HashMap<>();
    private boolean missingGlyphs;

    PdfText(PDDocument document) {
        this.document = document;
        try {
            regular = font(REGULAR);
            bold = font(BOLD);
            serifBold = font(SERIF_BOLD);
        } catch (IOException e) {
            throw new UncheckedIOException("The report fonts are missing from Jaga's files", e);
        }
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream(ScriptFonts.FOLDER + file)) {
            if (in == null) {
                throw new IOException(file + " not found");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Whether a letter of some text laid out so far had no font and was drawn as {@link #MISSING}. */
    boolean missingGlyphs() {
        return missingGlyphs;
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
    static final class Fallback {
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
}
