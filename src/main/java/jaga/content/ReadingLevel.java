package jaga.content;

import jaga.model.Band;

/**
 * Flesch-Kincaid grade of English text: 0.39 x words per sentence + 11.8 x syllables per word
 * - 15.59. Syllables are counted by vowel groups (a silent final "e" dropped, at least one per
 * word); a number counts as one word of two syllables. Bullets, paragraphs and . ! ? ; : end
 * sentences. Written as plain loops: it runs over every text of every module at start-up.
 */
public final class ReadingLevel {

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
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        int wordsInSentence = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < length && isWordChar(text.charAt(i))) {
                    i++;
                }
                words++;
                wordsInSentence++;
                syllables += syllables(text, start, i);
                continue;
            }
            boolean ends = c == '\n';
            if (isStop(c)) {
                int after = i + 1;
                // Further stops and the ** of bold markup ("**Stop.** Then...") do not count.
                while (after < length && (isStop(text.charAt(after)) || text.charAt(after) == '*')) {
                    after++;
                }
                // "e.g." and "RM20.50" do not end a sentence: only a stop before a space or the end does.
                ends = after == length || Character.isWhitespace(text.charAt(after));
            }
            if (ends && wordsInSentence > 0) {
                sentences++;
                wordsInSentence = 0;
            }
            i++;
        }
        if (wordsInSentence > 0) {
            sentences++;
        }
        return new Measure(words, sentences, syllables);
    }

    public static double grade(String text) {
        return measure(text).grade();
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    static int syllables(String word) {
        return syllables(word, 0, word.length());
    }

    private static int syllables(String text, int start, int end) {
        boolean digitsOnly = true;
        int count = 0;
        boolean inVowels = false;
        char last = 0;
        char beforeLast = 0;
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            digitsOnly &= Character.isDigit(c);
            boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
            if (vowel && !inVowels) {
                count++;
            }
            inVowels = vowel;
            beforeLast = last;
            last = c;
        }
        if (digitsOnly && end > start) {
            return 2;
        }
        if (count > 1 && last == 'e' && beforeLast != 'l' && beforeLast != 'e') {
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
