package jaga.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.Audience;
import jaga.model.Band;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.LearnerTexts;
import jaga.content.Lesson;
import jaga.content.Question;
import jaga.content.ReadingLevel;
import jaga.content.Step;
import jaga.content.Topic;
import jaga.testing.Modules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped curriculum: 24 learner modules (8 topics x 3 bands) and 8 parent guides, every
 * lesson practised and ending with who can help, every contact written once in resources.json.
 * To regenerate docs/curriculum.md after changing content: run this test with
 * -Djaga.writeCurriculum=true.
 */
class CurriculumTest {
    private static ContentCatalog catalog;
    private static String resourcesText;

    /** Numbers in lessons that look like phone numbers but are not contacts: example weak passwords. */
    private static final Set<String> NOT_CONTACTS = Set.of("123456", "123456789");

    @BeforeAll
    static void load() throws Exception {
        catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
        resourcesText = Files.readString(Modules.bundledContent().resolve("resources.json")).toLowerCase(Locale.ROOT);
    }

    @Test
    void everyModuleValidatesWithNoErrorsAndNoWarnings() {
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void thereIsALearnerModuleForEveryTopicAndBandAndAParentGuidePerTopic() {
        for (Topic topic : Topic.values()) {
            for (Band band : List.of(Band.AGES_7_9, Band.AGES_10_12, Band.AGES_13_17)) {
                assertThat(catalog.module(topic.code() + "-" + band.code()))
                        .as(topic.code() + " for ages " + band.code())
                        .hasValueSatisfying(module -> {
                            assertThat(module.forLearners()).isTrue();
                            assertThat(module.band()).isEqualTo(band);
                            assertThat(module.topic()).isEqualTo(topic);
                        });
            }
            assertThat(catalog.module(topic.code() + "-parents")).as(topic.code() + " parent guide")
                    .hasValueSatisfying(module -> assertThat(module.audience()).isEqualTo(Audience.PARENT));
        }
    }

    @Test
    void everyLessonIsPractisedAndEndsWithWhoCanHelp() {
        for (ContentModule module : learnerModules()) {
            assertThat(module.lessons()).as(module.id()).hasSizeBetween(3, 5);
            for (Lesson lesson : module.lessons()) {
                String where = module.id() + " / " + lesson.id();
                assertThat(lesson.steps()).as(where + " has a chat or spot-the-flags practice")
                        .anyMatch(step -> step instanceof Step.Chat || step instanceof Step.SpotTheFlags);
                assertThat(lesson.steps().get(lesson.steps().size() - 1)).as(where + " ends with a help step")
                        .isInstanceOf(Step.Help.class);
                assertThat(((Step.Help) lesson.steps().get(lesson.steps().size() - 1)).contacts())
                        .as(where + " names Talian Kasih").contains("talian-kasih");
            }
        }
    }

    @Test
    void everyQuizHasEightToTwelveQuestionsOfAtLeastThreeTypes() {
        for (ContentModule module : learnerModules()) {
            List<Question> questions = module.quiz().questions();
            assertThat(questions).as(module.id()).hasSizeBetween(8, 12);
            assertThat(questions.stream().map(q -> q.getClass().getSimpleName()).distinct().count())
                    .as(module.id() + " question types").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyLearnerModuleHasTeacherNotesForAThirtyMinutePeriod() {
        for (ContentModule module : learnerModules()) {
            assertThat(module.teacherNotes()).as(module.id()).isNotNull();
            assertThat(module.teacherNotes().timing().stream().mapToInt(part -> part.minutes()).sum())
                    .as(module.id() + " timing").isEqualTo(30);
            assertThat(module.teacherNotes().disclosure().in("en")).as(module.id()).contains("15999");
        }
    }

    @Test
    void everyNumberLinkAndEmailInTheLessonsIsAContactInResourcesJson() {
        Pattern phone = Pattern.compile("(?<![\\w.,])(\\d[\\d \\-\\u00a0]{1,14}\\d)(?![\\d.,])");
        Pattern shortCode = Pattern.compile("^\\d{3}$");
        Pattern link = Pattern.compile("(?i)(?:https?://)?((?:[a-z0-9-]+\\.)+(?:my|org|com|net|uk)(?:/[\\w/-]*)?)");
        Pattern email = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]*\\w");
        String resourceDigits = resourcesText.replaceAll("[^0-9\\n\"]", "");
        List<String> strays = new ArrayList<>();
        for (ContentModule module : catalog.modules()) {
            for (var text : LearnerTexts.of(module)) {
                for (String language : List.of("en", "ms")) {
                    String value = text.in(language);
                    Matcher numbers = phone.matcher(value);
                    while (numbers.find()) {
                        String digits = numbers.group(1).replaceAll("\\D", "");
                        boolean looksLikeContact = digits.length() >= 5 && (digits.startsWith("0") || digits.startsWith("1"))
                                || shortCode.matcher(digits).matches() && value.toLowerCase(Locale.ROOT)
                                .matches("(?s).*(call|dial|telefon|hubungi|talian|nsrc|kasih)\\W+" + Pattern.quote(numbers.group(1)) + ".*");
                        if (looksLikeContact && !NOT_CONTACTS.contains(digits) && !resourceDigits.contains(digits)) {
                            strays.add(module.id() + ": number " + numbers.group(1));
                        }
                    }
                    Matcher links = link.matcher(value);
                    while (links.find()) {
                        String host = links.group(1).toLowerCase(Locale.ROOT).replaceAll("[/.]+$", "");
                        if (!resourcesText.contains(host)) {
                            strays.add(module.id() + ": link " + links.group());
                        }
                    }
                    Matcher emails = email.matcher(value);
                    while (emails.find()) {
                        if (!resourcesText.contains(emails.group().toLowerCase(Locale.ROOT))) {
                            strays.add(module.id() + ": email " + emails.group());
                        }
                    }
                }
            }
        }
        assertThat(strays).isEmpty();
    }

    @Test
    void theCurriculumTableIsUpToDate() throws Exception {
        String generated = CurriculumReport.markdown(catalog);
        Path file = Path.of("docs/curriculum.md");
        if (Boolean.getBoolean("jaga.writeCurriculum")) {
            Files.writeString(file, generated);
        }
        assertThat(Files.readString(file)).as("docs/curriculum.md; regenerate with -Djaga.writeCurriculum=true")
                .isEqualTo(generated);
        for (ContentModule module : catalog.modules()) {
            CurriculumReport.Reading reading = CurriculumReport.reading(module);
            assertThat(reading.whole()).as(module.id() + " overall reading level")
                    .isLessThanOrEqualTo(ReadingLevel.limitFor(module.band()));
            assertThat(reading.hardest()).as(module.id() + " hardest text")
                    .isLessThanOrEqualTo(ReadingLevel.limitFor(module.band()));
        }
    }

    private static List<ContentModule> learnerModules() {
        return catalog.modules().stream().filter(ContentModule::forLearners).collect(Collectors.toList());
    }
}
