package jaga.content;

import jaga.model.Band;
import jaga.model.Language;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The validator's rules for words: every text in every language Jaga speaks, and running prose
 * no harder to read than the module's band allows (a warning, with the start of the text).
 */
final class TextRules {
    static final List<String> REQUIRED_LOCALES = Language.codes();
    /** Reading level is measured on the English (the formula is for English). */
    private static final String ENGLISH = Language.EN.code();
    /** Shorter texts give meaningless reading grades ("Yes." scores below zero). */
    private static final int MIN_WORDS_FOR_READING_LEVEL = 8;

    private final ModuleProblems problems;
    private double readingLimit = Double.MAX_VALUE;
    private Band band;

    TextRules(ModuleProblems problems) {
        this.problems = problems;
    }

    /** The band whose reading level the learner texts are held to (none until the module's band is known). */
    void readingLevelOf(Band band) {
        this.band = band;
        this.readingLimit = ReadingLevel.limitFor(band);
    }

    /** A required text in every language; no reading-level check (titles, adult notes). */
    boolean text(String parent, String property, LocalizedText text) {
        if (!problems.required(parent, property, text)) {
            return false;
        }
        translations(parent, property, text);
        return true;
    }

    /** A required text the audience reads as running prose: translations and reading level. */
    void learnerText(String parent, String property, LocalizedText text) {
        if (!problems.required(parent, property, text)) {
            return;
        }
        translations(parent, property, text);
        if (text.has(ENGLISH)) {
            readingLevel(parent, property, text.in(ENGLISH));
        }
    }

    void optionalText(String parent, String property, LocalizedText text) {
        if (text != null) {
            learnerText(parent, property, text);
        }
    }

    /** A list of learner texts at {@code path} (objectives, key points, discussion prompts). */
    void texts(String path, List<LocalizedText> texts) {
        for (int i = 0; i < texts.size(); i++) {
            String itemPath = JsonPaths.index(path, i);
            LocalizedText text = texts.get(i);
            if (text == null) {
                problems.error(itemPath, "a text cannot be null");
                continue;
            }
            translations(itemPath, null, text);
            if (text.has(ENGLISH)) {
                readingLevel(itemPath, null, text.in(ENGLISH));
            }
        }
    }

    /** The English of {@code text} is not already in {@code seen} (case and outer spaces aside). */
    void distinct(String path, String property, LocalizedText text, Set<String> seen, String message) {
        if (text != null && text.has(ENGLISH) && !seen.add(text.in(ENGLISH).strip().toLowerCase(Locale.ROOT))) {
            problems.error(JsonPaths.child(path, property), message);
        }
    }

    // The text is at parent.property (or at parent when property is null). Its path is written out
    // only for a problem: texts are most of a module, and almost all of them are fine.

    private void translations(String parent, String property, LocalizedText text) {
        for (String locale : REQUIRED_LOCALES) {
            if (!text.has(locale)) {
                problems.error(path(parent, property), "missing translation for '" + locale + "'");
            }
        }
    }

    private static String path(String parent, String property) {
        return property == null ? parent : JsonPaths.child(parent, property);
    }

    private void readingLevel(String parent, String property, String english) {
        if (band == null) {
            return; // no band, no limit (the missing band is reported on its own)
        }
        ReadingLevel.Measure measure = ReadingLevel.measure(english);
        if (measure.words() < MIN_WORDS_FOR_READING_LEVEL) {
            return;
        }
        double grade = measure.grade();
        if (grade > readingLimit) {
            String start = english.strip().replaceAll("\\s+", " ");
            problems.warning(JsonPaths.child(path(parent, property), ENGLISH), String.format(Locale.ROOT,
                    "reading level is grade %.1f, above %.0f for %s: \"%s\"", grade, readingLimit,
                    band == Band.ADULTS ? "adults" : "ages " + band.code(),
                    start.length() > 60 ? start.substring(0, 57) + "..." : start));
        }
    }
}
