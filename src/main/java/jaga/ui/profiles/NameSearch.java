package jaga.ui.profiles;

import java.text.Collator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a child's typing finds their name: every word typed is part of the name, ignoring case,
 * accents and apostrophes; and the screen's language's alphabetical order for the pictures.
 */
final class NameSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`\u02BC]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u00A0_.,]+");

    private NameSearch() {}

    /** True when every word typed is part of the name, ignoring case, accents and apostrophes. */
    static boolean matches(String name, List<String> words) {
        String folded = folded(name);
        return words.stream().allMatch(folded::contains);
    }

    /** What was typed as the words to look for (none when nothing but spaces was typed). */
    static List<String> words(String typed) {
        String folded = folded(typed == null ? "" : typed);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /**
     * A name as searched: lower case, accents off (é, ñ, ü as e, n, u; only Latin accents, so
     * Tamil vowel signs stay), apostrophes dropped (Mu'az as muaz), hyphens and runs of spaces as one space.
     */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        plain = APOSTROPHES.matcher(plain).replaceAll("");
        plain = SEPARATORS.matcher(plain).replaceAll(" ").strip();
        return Normalizer.normalize(plain.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** The language's alphabetical order: "aina" and "Aina" sort together; accents still count. */
    static Collator collator(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language == null ? "en" : language));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
