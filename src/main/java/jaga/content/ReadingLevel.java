package jaga.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade of English text: 0.39 x words per sentence + 11.8 x syllables per word
 * - 15.59. Syllables are counted by vowel groups (a silent final "e" dropped, at least one per
 * word); a number counts as one word of two syllables. Bullets and paragraphs end sentences.
 */
public final class ReadingLevel {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private ReadingLevel() {}

    public record Measure(int words, int sentences, int syllables) {
        public double grade() {
            if (words == 0) {
                return 0;
            }
            return 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / words - 15.59;
        }
    }

    public static Measure measure(String text) {
        String plain = text.replace("**", "");
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String line : plain.split("\\n")) {
            for (String sentence : line.split("[.!?;:]+(\\s|$)")) {
                Matcher word = WORD.matcher(sentence);
                int wordsHere = 0;
                while (word.find()) {
                    wordsHere++;
                    syllables += syllables(word.group());
                }
                if (wordsHere > 0) {
                    sentences++;
                    words += wordsHere;
                }
            }
        }
        return new Measure(words, sentences, syllables);
    }

    public static double grade(String text) {
        return measure(text).grade();
    }

    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("['’]", "");
        if (lower.chars().allMatch(Character::isDigit)) {
            return 2;
        }
        int count = 0;
        Matcher groups = VOWEL_GROUP.matcher(lower);
        while (groups.find()) {
            count++;
        }
        if (count > 1 && lower.endsWith("e") && !lower.endsWith("le") && !lower.endsWith("ee")) {
            count--;
        }
        return Math.max(1, count);
    }

    /** The highest grade allowed for a band's English learner text. */
    public static double limitFor(Band band) {
        return switch (band) {
            case AGES_7_9 -> 3;
            case AGES_10_12 -> 5;
            case AGES_13_17 -> 7;
            case ADULTS -> 8;
        };
    }
}
