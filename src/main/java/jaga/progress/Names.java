package jaga.progress;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Learners' and classes' names as Jaga stores and compares them, whoever typed them (an adult in
 * the Learners page, a roster, an export from another PC): Unicode NFC, without the characters that
 * draw nothing, runs of spaces made one, trimmed. Six roster rows that all show as "Aina" are one
 * name here, so they meet the duplicate check instead of becoming six learners in one class.
 *
 * <p>Dropped: every format character (Unicode category Cf: zero-width space, the bidirectional
 * embeddings, overrides, isolates and marks, the byte order mark, soft hyphen, word joiner, tags)
 * and the other default-ignorable code points (variation selectors, Hangul fillers, the combining
 * grapheme joiner, Mongolian selectors). Kept: the zero-width joiner and non-joiner between two
 * letters of a script that uses them to shape words (Arabic or Jawi, the Indic scripts, and emoji
 * sequences); between Latin letters they draw nothing and are dropped. Line breaks and other control
 * characters are left for the caller to refuse with a message (a roster names the line). Letters
 * from different scripts that look alike (a Cyrillic "а" in "Aina") are not folded together.
 */
public final class Names {
    /** The longest name, in characters (code points): a profile tile, a certificate line. Also {@code Roster.MAX_NAME}. */
    public static final int MAX_LENGTH = 60;

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private Names() {}

    /** The name as Jaga stores it; "" for null or a name of nothing visible. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        int[] points = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            if (invisible(c) && !((c == ZWJ || c == ZWNJ) && joinsLetters(points, i))) {
                continue;
            }
            if (Character.getType(c) == Character.SPACE_SEPARATOR || c == ' ') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(c);
        }
        String clean = out.toString().strip();
        // Dropping a character can leave a pair that composes (e + U+200B + U+0301).
        return Normalizer.isNormalized(clean, Normalizer.Form.NFC) ? clean : Normalizer.normalize(clean, Normalizer.Form.NFC);
    }

    /** The form two names are compared in: cleaned, then lower case. */
    public static String key(String raw) {
        return clean(raw).toLowerCase(Locale.ROOT);
    }

    /** Length in characters as a person counts them (code points), after cleaning. */
    public static int length(String clean) {
        return clean.codePointCount(0, clean.length());
    }

    /** A line break or another control character, which no name has. */
    public static boolean hasControl(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    /** Draws nothing by itself: format characters and the other default-ignorable code points. */
    static boolean invisible(int c) {
        if (Character.getType(c) == Character.FORMAT) {
            return true;
        }
        return c == 0x034F                          // combining grapheme joiner
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0  // Hangul fillers
                || c == 0x17B4 || c == 0x17B5       // Khmer inherent vowels
                || (c >= 0x180B && c <= 0x180F)     // Mongolian variation selectors and vowel separator
                || (c >= 0xFE00 && c <= 0xFE0F)     // variation selectors
                || (c >= 0xE0100 && c <= 0xE01EF)   // variation selectors supplement
                || (c >= 0x2060 && c <= 0x206F)     // word joiner ... (unassigned ones too)
                || (c >= 0xFFF0 && c <= 0xFFF8)
                || (c >= 0xE0000 && c <= 0xE0FFF);  // tags and the rest of the plane's ignorables
    }

    /** A joiner between two letters (or symbols, for emoji) of which one is in a script that shapes with it. */
    private static boolean joinsLetters(int[] points, int at) {
        if (at == 0 || at == points.length - 1) {
            return false;
        }
        int before = points[at - 1];
        int after = points[at + 1];
        if (!joinable(before) || !joinable(after)) {
            return false;
        }
        return shapes(before) || shapes(after);
    }

    private static boolean joinable(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    private static boolean shapes(int c) {
        if (Character.getType(c) == Character.OTHER_SYMBOL) {
            return true; // emoji sequences (a family, a profession)
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED && script != Character.UnicodeScript.GREEK
                && script != Character.UnicodeScript.CYRILLIC && script != Character.UnicodeScript.HAN;
    }
}
