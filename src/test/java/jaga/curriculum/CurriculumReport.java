package jaga.curriculum;

import jaga.content.Audience;
import jaga.model.Band;
import jaga.content.ContentCatalog;
import jaga.content.ContentModule;
import jaga.content.LearnerTexts;
import jaga.content.LocalizedText;
import jaga.content.ReadingLevel;
import jaga.content.Topic;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes docs/curriculum.md from the content itself, so the table teachers read is always the
 * curriculum that ships. Regenerate with CurriculumTest's instructions when content changes.
 */
final class CurriculumReport {
    private CurriculumReport() {}

    /** Longest-sentence-free figures: the hardest text of 8+ words, and all the module's English as one text. */
    record Reading(double hardest, double whole) {}

    static Reading reading(ContentModule module) {
        List<String> english = LearnerTexts.of(module).stream().map(text -> text.in("en")).toList();
        double hardest = english.stream().map(ReadingLevel::measure).filter(m -> m.words() >= 8)
                .mapToDouble(ReadingLevel.Measure::grade).max().orElse(0);
        double whole = ReadingLevel.grade(String.join("\n", english));
        return new Reading(hardest, whole);
    }

    static String schoolYears(Band band) {
        return switch (band) {
            case AGES_7_9 -> "Years 1-3 (KIS Level One)";
            case AGES_10_12 -> "Years 4-6 (KIS Level Two)";
            case AGES_13_17 -> "Forms 1-5 (KIS secondary)";
            case ADULTS -> "parents and teachers";
        };
    }

    /** The topics of the KIS syllabus (as the facts sheet names them) that a module of this topic teaches. */
    static String kisTopics(Topic topic) {
        return switch (topic) {
            case GROOMING -> "child sexual exploitation";
            case SCAMS -> "scams and gambling";
            case IMAGES -> "child sexual exploitation; data protection";
            case CYBERBULLYING -> "cyberbullying";
            case PRIVACY -> "data protection";
            case MISINFORMATION -> "(beyond the four: checking what is true)";
            case UPSETTING -> "child sexual exploitation (sexual and harmful content)";
            case GAMES -> "child sexual exploitation; scams and gambling; cyberbullying";
        };
    }

    static String markdown(ContentCatalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("""
                # Jaga curriculum

                Generated from `content/modules` by `CurriculumTest` (do not edit by hand; see that test to
                regenerate). Every module below validates with no errors and no warnings, in English and
                Bahasa Melayu.

                Bands follow Malaysian school levels so teachers can map them to the Safe Internet Campaign
                (Kempen Internet Selamat, KIS): ages 7-9 are Years 1-3 (KIS Level One), ages 10-12 are Years
                4-6 (KIS Level Two), ages 13-17 are Forms 1-5 (KIS secondary). A class period is 30 minutes;
                each module's teacher notes plan one period and say what to leave for a second one. The KIS
                syllabus names four topics: cyberbullying, scams and gambling, child sexual exploitation, and
                data protection; the **KIS topics** column says which of them each module teaches.

                Reading level is the Flesch-Kincaid grade of the English text a learner reads (the Malay is
                kept as short): **hardest** is the hardest single text of 8 words or more, **overall** is all
                of the module's text taken together. The limit is the band's: grade 3 for 7-9, 5 for 10-12,
                7 for 13-17, 8 for adults.

                ## Learner modules

                | topic | module | id | ages | school years | KIS topics | lessons | minutes | quiz | reading level: hardest / overall (limit) | objectives |
                |---|---|---|---|---|---|---|---|---|---|---|
                """);
        catalog.modules().stream().filter(ContentModule::forLearners)
                .sorted(Comparator.comparing((ContentModule m) -> m.topic().ordinal()).thenComparing(m -> m.band().ordinal()))
                .forEach(module -> {
                    Reading reading = reading(module);
                    out.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %s | %s | %s | %d | %d | %d questions | %.1f / %.1f (%.0f) | %s |%n",
                            module.topic().code(), module.title().in("en"), module.id(), module.band().code(),
                            schoolYears(module.band()), kisTopics(module.topic()), module.lessons().size(), module.estimatedMinutes(),
                            module.quiz().questions().size(), reading.hardest(), reading.whole(),
                            ReadingLevel.limitFor(module.band()), objectives(module.objectives())));
                });
        out.append("""

                ## Parent guides

                | topic | guide | id | sections | minutes | reading level: hardest / overall (limit) |
                |---|---|---|---|---|---|
                """);
        catalog.modules().stream().filter(m -> m.audience() == Audience.PARENT)
                .sorted(Comparator.comparing(m -> m.topic().ordinal()))
                .forEach(module -> {
                    Reading reading = reading(module);
                    out.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %d | %d | %.1f / %.1f (8) |%n",
                            module.topic().code(), module.title().in("en"), module.id(), module.guide().sections().size(),
                            module.estimatedMinutes(), reading.hardest(), reading.whole()));
                });
        return out.toString();
    }

    private static String objectives(List<LocalizedText> objectives) {
        return objectives.stream().map(text -> text.in("en").replace("|", "/")).collect(Collectors.joining(" "));
    }
}
