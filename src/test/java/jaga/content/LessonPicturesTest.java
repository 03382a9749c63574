package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jaga.model.Band;
import jaga.testing.Modules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pictures and faces in the shipped content: every lesson for 7-9 has a picture (the scene or the
 * key idea) with alt text in English and Bahasa Melayu, the file is really inside its module, and
 * the chats' personas are from their own set. Covers new 7-9 modules as soon as they ship.
 */
class LessonPicturesTest {
    private static ContentCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
    }

    @Test
    void everyLessonFor7To9HasAPictureWithAltTextInBothLanguages() {
        List<ContentModule> young = catalog.modules().stream()
                .filter(module -> module.forLearners() && module.band() == Band.AGES_7_9).toList();
        assertThat(young).as("the 7-9 modules").hasSizeGreaterThanOrEqualTo(6);
        List<String> without = new ArrayList<>();
        for (ContentModule module : young) {
            for (Lesson lesson : module.lessons()) {
                Optional<Picture> picture = lesson.steps().stream().map(LessonPicturesTest::pictureOf)
                        .flatMap(Optional::stream).findFirst();
                String where = module.id() + " / " + lesson.id();
                if (picture.isEmpty()) {
                    without.add(where);
                    continue;
                }
                assertThat(picture.get().alt().has("en")).as(where + ": alt text in English").isTrue();
                assertThat(picture.get().alt().has("ms")).as(where + ": alt text in Bahasa Melayu").isTrue();
                assertThat(picture.get().alt().in("en")).as(where).isNotEqualTo(picture.get().alt().in("ms"));
                assertThat(ModuleFiles.picture(catalog.folderOf(module), picture.get().file()))
                        .as(where + ": " + picture.get().file()).isPresent();
            }
        }
        assertThat(without).as("7-9 lessons without a picture").isEmpty();
    }

    @Test
    void chatFacesComeFromThePersonasNeverTheLearnersAnimals() {
        List<String> learnerAnimals = List.of("cat", "dog", "rabbit", "turtle", "owl", "fish", "butterfly", "elephant");
        assertThat(Personas.ALL).doesNotContainAnyElementsOf(learnerAnimals).doesNotHaveDuplicates();
        int withPersona = 0;
        for (ContentModule module : catalog.modules()) {
            if (module.lessons() == null) {
                continue;
            }
            for (Lesson lesson : module.lessons()) {
                for (Step step : lesson.steps()) {
                    List<Participant> people = step instanceof Step.Chat chat ? chat.participants()
                            : step instanceof Step.SpotTheFlags flags ? flags.participants() : List.of();
                    for (Participant person : people) {
                        if (person.persona() != null) {
                            assertThat(Personas.known(person.persona())).as(module.id() + " " + step.id()).isTrue();
                            withPersona++;
                        } else if (module.band() == Band.AGES_7_9) {
                            throw new AssertionError(module.id() + " / " + step.id() + ": " + person.id() + " has no persona");
                        }
                    }
                }
            }
        }
        assertThat(withPersona).isPositive();
    }

    @Test
    void theSchemaListsExactlyThePersonas() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Modules.bundledContent().resolve("schema/module.schema.json").toFile());
        List<String> listed = StreamSupport.stream(schema.at("/$defs/participant/properties/persona/enum").spliterator(), false)
                .map(JsonNode::asText).toList();
        assertThat(listed).containsExactlyElementsOf(Personas.ALL);
    }

    private static Optional<Picture> pictureOf(Step step) {
        if (step instanceof Step.Text text) {
            return Optional.ofNullable(text.picture());
        }
        if (step instanceof Step.Image image) {
            return Optional.of(new Picture(image.file(), image.alt()));
        }
        return Optional.empty();
    }
}
