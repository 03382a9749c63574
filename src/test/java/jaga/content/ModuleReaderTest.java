package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jaga.model.Band;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each validation rule, broken on its own in a copy of the complete fixture: the module is left
 * out and the problem names its JSON path, line, column and message.
 */
class ModuleReaderTest {

    @TempDir
    Path modules;

    private final ModuleReader reader = new ModuleReader();
    private final Resources resources = Modules.bundledResources();

    @Test
    void theCompleteFixtureLoadsEveryStepAndQuestionType() {
        Path file = Fixtures.writeFullModule(modules, "full-module", Fixtures.pretty(Fixtures.fullModule()));

        ModuleReader.ModuleReadResult result = reader.read(file, resources);

        assertThat(result.problems()).isEmpty();
        ContentModule module = result.module().orElseThrow();
        assertThat(module.lessons().get(0).steps()).extracting(step -> step.getClass().getSimpleName())
                .containsExactly("Text", "Image", "KeyPoints", "Chat", "SpotTheFlags", "Check", "Help");
        assertThat(module.quiz().questions()).extracting(question -> question.getClass().getSimpleName())
                .containsExactly("Single", "Multiple", "TrueFalse", "Ordering", "Matching", "SpotTheFlags");
        assertThat(module.quiz().questionsPerAttempt()).isEqualTo(5);
        assertThat(module.teacherNotes().timing()).hasSize(3);
    }

    @Test
    void aVersionTwoGuideHasTheBandOfEachStarterReadFromTheAgeItWasWrittenWith() {
        Path file = Modules.write(modules, "old-guide", """
                {"formatVersion": 2, "id": "old-guide", "version": 1, "topic": "grooming", "band": "adults",
                 "audience": "parent", "title": {"en": "Talk", "ms": "Berbual"},
                 "summary": {"en": "How to talk.", "ms": "Cara berbual."},
                 "objectives": [{"en": "Talk calmly.", "ms": "Berbual dengan tenang."}], "estimatedMinutes": 5,
                 "guide": {"sections": [{"id": "s", "heading": {"en": "Start", "ms": "Mula"},
                                         "body": {"en": "Ask about games.", "ms": "Tanya tentang permainan."}}],
                           "conversationStarters": [
                             {"en": "Ages 7 to 9: Who do you play with?", "ms": "Umur 7 hingga 9: Kamu main dengan siapa?"},
                             {"en": "(Ages 13-17) Who can see your posts?", "ms": "(Umur 13-17) Siapa boleh lihat hantaran kamu?"},
                             {"en": "Any age: Who would you tell?", "ms": "Semua umur: Siapa kamu akan beritahu?"}]}}
                """);

        ModuleReader.ModuleReadResult result = reader.read(file, resources);

        assertThat(result.problems()).isEmpty();
        assertThat(result.module().orElseThrow().guide().conversationStarters())
                .extracting(ParentGuide.Starter::band, starter -> starter.text().in("en"), starter -> starter.text().in("ms"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Band.AGES_7_9, "Who do you play with?", "Kamu main dengan siapa?"),
                        org.assertj.core.groups.Tuple.tuple(Band.AGES_13_17, "Who can see your posts?",
                                "Siapa boleh lihat hantaran kamu?"),
                        org.assertj.core.groups.Tuple.tuple(null, "Who would you tell?", "Siapa kamu akan beritahu?"));
        assertThat(file).content().contains("\"formatVersion\": 2"); // the file itself is not rewritten
    }

    @Test
    void aVersionOneModuleIsUpgradedWhenRead() {
        Path file = Modules.write(modules, "too-good", Modules.validV1("too-good"));

        ModuleReader.ModuleReadResult result = reader.read(file, resources);

        assertThat(result.problems()).isEmpty();
        ContentModule module = result.module().orElseThrow();
        assertThat(module.formatVersion()).isEqualTo(ModuleReader.FORMAT_VERSION);
        assertThat(module.audience()).isEqualTo(Audience.LEARNER);
        assertThat(module.objectives()).containsExactly(module.summary());
        assertThat(module.estimatedMinutes()).isEqualTo(2); // 11 words of lessons and 2 questions
        assertThat(Files.exists(file)).isTrue();
    }

    record Broken(String rule, Consumer<ObjectNode> change, String jsonPath, String message, String marker, String[] anchors) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static Arguments broken(String rule, Consumer<ObjectNode> change, String jsonPath, String message,
                                    String marker, String... anchors) {
        return Arguments.of(new Broken(rule, change, jsonPath, message, marker, anchors));
    }

    private static ObjectNode node(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static final String CHAT = "/lessons/0/steps/3";
    private static final String CHAT_PATH = "lessons[0].steps[3]";

    static Stream<Arguments> rules() {
        return Stream.of(
                broken("a wrong type", m -> node(m, "/quiz").put("passMark", "seventy"),
                        "quiz.passMark", "'seventy' is not a whole number", "\"seventy\""),
                broken("an unknown property, with the nearest known name", m -> m.set("sumary", m.get("summary")),
                        "sumary", "unknown property 'sumary' (did you mean 'summary'?)", "\"sumary\""),
                broken("an unknown step type", m -> node(m, "/lessons/0/steps/0").put("type", "video"),
                        "lessons[0].steps[0].type", "unknown type 'video'", "\"video\""),
                broken("a missing required property", m -> node(m, "/quiz/questions/0").remove("explanation"),
                        "quiz.questions[0]", "missing required property 'explanation'", "{", "\"questions\""),
                broken("a missing translation", m -> node(m, "/lessons/0/steps/4/prompt").remove("ms"),
                        "lessons[0].steps[4].prompt", "missing translation for 'ms'", "\"prompt\"", "\"flags\""),
                broken("a duplicate step id", m -> node(m, "/lessons/0/steps/1").put("id", "intro"),
                        "lessons[0].steps[1].id", "duplicate step id 'intro'", "\"id\"", "\"steps\"", "\"intro\""),
                broken("a quiz question with the id of a lesson check",
                        m -> node(m, "/quiz/questions/1").put("id", "check-password"),
                        "quiz.questions[1].id", "duplicate question id 'check-password'",
                        "\"id\" : \"check-password\"", "\"quiz\""),
                broken("a duplicate choice id", m -> node(m, "/quiz/questions/1/choices/1").put("id", "a"),
                        "quiz.questions[1].choices[1].id", "duplicate choice id 'a'", "\"id\"", "\"q-multiple\"",
                        "\"Yes, a red flag.\""),
                broken("a duplicate chat node id", m -> node(m, CHAT + "/nodes/2").put("id", "pushes"),
                        CHAT_PATH + ".nodes[2].id", "duplicate chat node id 'pushes'", "\"id\"", "\"Cepatlah!\""),
                broken("a chat reply that leads nowhere", m -> node(m, CHAT + "/nodes/0/choices/0").put("next", "nowhere"),
                        CHAT_PATH + ".nodes[0].choices[0].next", "no chat node 'nowhere' to go on to",
                        "\"next\" : \"nowhere\""),
                broken("a chat node nobody can reach", m -> ((ArrayNode) m.at(CHAT + "/nodes")).addObject()
                                .put("id", "orphan").putObject("ending").put("outcome", "safe")
                                .set("explanation", m.at(CHAT + "/nodes/2/ending/explanation").deepCopy()),
                        CHAT_PATH + ".nodes[4]", "chat node 'orphan' cannot be reached from the start", "{",
                        "Beritahu orang dewasa sekarang.\""),
                broken("a chat with no start (found by fuzzing)", m -> node(m, CHAT).remove("start"),
                        CHAT_PATH, "missing required property 'start'", "{", "\"Tanya orang dewasa dahulu.\""),
                broken("a chat loop with no way out", m -> node(m, CHAT + "/nodes/1").put("next", "pushes"),
                        CHAT_PATH + ".nodes[1]",
                        "from chat node 'pushes' the chat never reaches an ending (a loop with no way out?)", "{",
                        "\"next\" : \"lost\""),
                broken("a chat node that both goes on and ends", m -> node(m, CHAT + "/nodes/2").put("next", "offer"),
                        CHAT_PATH + ".nodes[2]", "a chat node needs exactly one of 'choices', 'next' or 'ending', not 2",
                        "{", "\"next\" : \"told\""),
                broken("a message from someone not in the thread",
                        m -> node(m, "/lessons/0/steps/4/messages/0").put("from", "stranger"),
                        "lessons[0].steps[4].messages[0].from", "no participant 'stranger' in this thread",
                        "\"from\" : \"stranger\""),
                broken("spot the flags with no flag", m -> node(m, "/lessons/0/steps/4/messages/1").put("flag", false),
                        "lessons[0].steps[4].messages", "no message is marked as a red flag (\"flag\": true)",
                        "\"messages\"", "\"flags\""),
                broken("a contact that is not in resources.json",
                        m -> ((ArrayNode) m.at("/lessons/0/steps/6/contacts")).set(1, "ghostbusters"),
                        "lessons[0].steps[6].contacts[1]", "unknown contact 'ghostbusters': it is not in resources.json",
                        "\"ghostbusters\""),
                broken("a picture that is not there", m -> node(m, "/lessons/0/steps/1").put("file", "missing.png"),
                        "lessons[0].steps[1].file", "picture 'missing.png' is not in the module folder", "\"file\"", "\"image\""),
                broken("a picture path that climbs out", m -> node(m, "/lessons/0/steps/1").put("file", "../secret.png"),
                        "lessons[0].steps[1].file", "picture path '../secret.png' must stay inside the module folder (no '..')",
                        "\"file\"", "\"image\""),
                broken("an absolute picture path", m -> node(m, "/lessons/0/steps/1").put("file", "/etc/passwd"),
                        "lessons[0].steps[1].file", "picture path '/etc/passwd' must be relative to the module folder",
                        "\"file\"", "\"image\""),
                broken("a single-choice question with two correct choices",
                        m -> node(m, "/quiz/questions/0/choices/1").put("correct", true),
                        "quiz.questions[0].choices",
                        "a single-choice question has exactly one correct choice, but 2 are marked correct",
                        "\"choices\"", "\"q-single\""),
                broken("a multiple-choice question with no correct choice", m -> {
                    node(m, "/quiz/questions/1/choices/0").put("correct", false);
                    node(m, "/quiz/questions/1/choices/1").put("correct", false);
                }, "quiz.questions[1].choices", "no choice is marked correct", "\"choices\"", "\"q-multiple\""),
                broken("a matching question with half a pair", m -> node(m, "/quiz/questions/4/pairs/1").remove("right"),
                        "quiz.questions[4].pairs[1]", "pair 'p2' is missing its right-hand side", "{", "\"Rahsiakan\""),
                broken("an ordering question with the same item twice",
                        m -> node(m, "/quiz/questions/3/items/2").set("text", m.at("/quiz/questions/3/items/0/text").deepCopy()),
                        "quiz.questions[3].items[2].text", "two items with the same text cannot be put in order",
                        "\"text\"", "\"id\" : \"tell\""),
                broken("a pass mark over 100", m -> node(m, "/quiz").put("passMark", 150),
                        "quiz.passMark", "pass mark must be between 0 and 100, not 150", "\"passMark\""),
                broken("a pool that draws more than it has", m -> node(m, "/quiz/pool").put("draw", 9),
                        "quiz.pool.draw", "the pool draws 9 questions but the quiz has 6", "\"draw\""),
                broken("a learner module for adults", m -> m.put("band", "adults"),
                        "band", "a learner module needs a children's band (7-9, 10-12 or 13-17)", "\"band\""),
                broken("a format version from a newer Jaga", m -> m.put("formatVersion", 4),
                        "formatVersion", "format version 4 is newer than this Jaga understands (3); update Jaga to use this module",
                        "4", "\"formatVersion\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachBrokenRuleIsPinpointedAndTheModuleLeftOut(Broken broken) {
        String json = Fixtures.fullModule(broken.change());
        Path file = Fixtures.writeFullModule(modules, "full-module", json);

        ModuleReader.ModuleReadResult result = reader.read(file, resources);

        assertThat(result.module()).as("a module with an error is not usable").isEmpty();
        List<Integer> at = Fixtures.positionOf(json, broken.marker(), broken.anchors());
        assertThat(result.problems()).as(result.problems().toString())
                .contains(new ContentProblem(file, at.get(0), at.get(1), broken.jsonPath(), ContentProblem.Severity.ERROR,
                        broken.message()));
    }

    @Test
    void everyUnknownPropertyIsReportedInOnePass() {
        String json = Fixtures.fullModule(m -> {
            m.set("sumary", m.get("summary"));
            node(m, "/lessons/0/steps/0").put("colour", "red");
            node(m, "/quiz").put("passmark", 70);
        });
        Path file = Fixtures.writeFullModule(modules, "full-module", json);

        List<ContentProblem> problems = reader.read(file, resources).problems();

        // In file order: the new root property was added at the end.
        assertThat(problems).extracting(ContentProblem::message).containsExactly(
                "unknown property 'colour'",
                "unknown property 'passmark' (did you mean 'passMark'?)",
                "unknown property 'sumary' (did you mean 'summary'?)");
    }

    @Test
    void hardReadingIsAWarningAndTheModuleStillLoads() {
        String hard = "Notwithstanding considerable organisational complexities, communication "
                + "representatives systematically investigated unauthorised intermediary transactions.";
        String json = Fixtures.fullModule(m -> node(m, "/lessons/0/steps/0/text").put("en", hard));
        Path file = Fixtures.writeFullModule(modules, "full-module", json);

        ModuleReader.ModuleReadResult result = reader.read(file, resources);

        assertThat(result.module()).isPresent();
        List<Integer> at = Fixtures.positionOf(json, "\"Notwithstanding");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ContentProblem.Severity.WARNING);
            assertThat(problem.jsonPath()).isEqualTo("lessons[0].steps[0].text.en");
            assertThat(List.of(problem.line(), problem.column())).isEqualTo(at);
            assertThat(problem.message()).matches("reading level is grade \\d+\\.\\d, above 5 for ages 10-12: "
                    + "\"Notwithstanding considerable organisational complexities,\\.\\.\\.\"");
            double grade = Double.parseDouble(problem.message().replaceAll("reading level is grade ([0-9.]+),.*", "$1"));
            assertThat(grade).isCloseTo(ReadingLevel.grade(hard), org.assertj.core.data.Offset.offset(0.05));
        });
    }

    @Test
    void aSyntaxErrorNamesWhereTheParserStopped() throws Exception {
        String json = Fixtures.pretty(Fixtures.fullModule()).replace("\"version\" : 3,", "\"version\" : 3");
        Path file = Fixtures.writeFullModule(modules, "full-module", json);

        List<ContentProblem> problems = reader.read(file, resources).problems();

        List<Integer> at = Fixtures.positionOf(json, "\"topic\"");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(List.of(problem.line(), problem.column())).isEqualTo(at);
            assertThat(problem.message()).startsWith("invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma");
        });
    }

    @Test
    void aPropertyWrittenTwiceIsAnError() {
        String json = Fixtures.pretty(Fixtures.fullModule()).replace("\"version\" : 3,", "\"version\" : 3,\n  \"version\" : 4,");
        Path file = Fixtures.writeFullModule(modules, "full-module", json);

        assertThat(reader.read(file, resources).problems()).singleElement()
                .extracting(ContentProblem::message).asString().startsWith("invalid JSON: Duplicate field 'version'");
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBeforeParsing() throws Exception {
        Path file = Modules.write(modules, "huge", "{\"formatVersion\": 2, \"padding\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}");

        assertThat(reader.read(file, resources).problems()).singleElement().satisfies(problem -> {
            assertThat(List.of(problem.line(), problem.column())).isEqualTo(List.of(1, 1));
            assertThat(problem.message()).isEqualTo("the file is 6 MB; module files may be at most 5 MB (keep pictures as separate files)");
        });
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheBadByte() throws Exception {
        String json = Fixtures.pretty(Fixtures.fullModule());
        List<Integer> at = Fixtures.positionOf(json, "Syiling");
        Path file = Modules.write(modules, "full-module", "");
        Files.write(file, json.replaceFirst("Syiling", "\u00e9yiling").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reader.read(file, resources).problems()).singleElement().satisfies(problem -> {
            assertThat(List.of(problem.line(), problem.column())).isEqualTo(at);
            assertThat(problem.message()).isEqualTo("the file is not UTF-8 text (byte " + json.indexOf("Syiling")
                    + " is 0xE9); save it as UTF-8");
        });
    }

    @Test
    void jsonNestedDeeperThanSixtyFourLevelsIsRefused() throws Exception {
        Path file = Modules.write(modules, "deep", "{\"deep\": " + "[".repeat(70) + "]".repeat(70) + "}");

        // The root object is level 1, so the 64th array is level 65.
        assertThat(reader.read(file, resources).problems()).singleElement().satisfies(problem -> {
            assertThat(List.of(problem.line(), problem.column())).isEqualTo(List.of(1, 9 + 64));
            assertThat(problem.message()).isEqualTo("JSON is nested deeper than 64 levels");
        });
    }

    @Test
    void moduleIdMustMatchItsFolder() {
        String json = Fixtures.pretty(Fixtures.fullModule());
        Path file = Fixtures.writeFullModule(modules, "other-name", json);

        List<Integer> at = Fixtures.positionOf(json, "\"id\"");
        assertThat(reader.read(file, resources).problems()).containsExactly(new ContentProblem(file, at.get(0), at.get(1),
                "id", ContentProblem.Severity.ERROR, "module id 'full-module' does not match its folder name 'other-name'"));
    }

    /** The outside tester's case: a picture inside the module folder that is a link to any image the user can read. */
    @Test
    void aPictureThatLinksOutOfItsModuleFolderIsRefusedAndOneLinkedWithinIsFine() throws Exception {
        Path outside = Files.createDirectories(modules.resolveSibling(modules.getFileName() + "-home"));
        jaga.bench.GeneratedContent.copySamplePicture(outside);
        Path secret = Files.move(outside.resolve("phone.png"), outside.resolve("family.png"));
        String json = Fixtures.fullModule(m -> node(m, "/lessons/0/steps/1").put("file", "family.png"));
        Path file = Fixtures.writeFullModule(modules, "full-module", json);
        Files.createSymbolicLink(file.resolveSibling("family.png"), secret);

        ModuleReader.ModuleReadResult result = reader.read(file, resources);

        assertThat(result.module()).isEmpty();
        assertThat(result.problems()).extracting(ContentProblem::jsonPath, ContentProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("lessons[0].steps[1].file", "picture 'family.png' is a link to a file"
                        + " outside the module folder; copy the picture into the folder instead"));
        assertThat(ModuleFiles.picture(file.getParent(), "family.png")).isEmpty();

        Files.createSymbolicLink(file.resolveSibling("pictures"), outside);
        assertThat(ModuleFiles.picture(file.getParent(), "pictures/family.png")).isEmpty();

        Files.delete(file.resolveSibling("family.png"));
        Files.createSymbolicLink(file.resolveSibling("family.png"), file.resolveSibling("phone.png"));
        assertThat(reader.read(file, resources).problems()).isEmpty();
        assertThat(ModuleFiles.picture(file.getParent(), "family.png"))
                .contains(file.getParent().toRealPath().resolve("phone.png"));
    }

    /** The outside tester's case: Jackson's number-length limit was reported as nesting. */
    @Test
    void aNumberOfAThousandAndOneDigitsIsCalledThatNotNesting() throws Exception {
        String digits = "9".repeat(1001);
        String json = Fixtures.pretty(Fixtures.fullModule()).replaceFirst("\"version\" : 3", "\"version\" : " + digits);
        Path file = Fixtures.writeFullModule(modules, "full-module", json);

        List<Integer> at = Fixtures.positionOf(json, digits.substring(0, 20));
        assertThat(reader.read(file, resources).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("a number 1001 digits long; numbers may have at most 1000 digits");
            assertThat(List.of(problem.line(), problem.column())).isEqualTo(at);
        });
    }

    @Test
    void aPropertyNameLongerThanTheLimitIsCalledThat() throws Exception {
        String name = "n".repeat(50_001);
        Path file = Modules.write(modules, "long-name", "{\n  \"" + name + "\": 1}");

        assertThat(reader.read(file, resources).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("a property name 50001 characters long; names may have at most 50000");
            assertThat(List.of(problem.line(), problem.column())).isEqualTo(List.of(2, 3));
        });
    }

    /** The outside tester's case: null in a list gave "Cannot construct instance of `jaga.content.ContentModule`...". */
    @Test
    void nullInAListIsNamedWhereItIsInsteadOfJavaInternals() {
        String json = Fixtures.fullModule(m -> {
            ((ArrayNode) m.get("lessons")).insertNull(1);
            ((ArrayNode) m.at("/quiz/questions/0/choices")).addNull();
        });
        Path file = Fixtures.writeFullModule(modules, "full-module", json);

        for (ModuleReader anyReader : List.of(reader, new ModuleReader(false))) { // validate, and the app's start-up
            ModuleReader.ModuleReadResult result = anyReader.read(file, resources);

            assertThat(result.module()).isEmpty();
            assertThat(result.problems()).extracting(ContentProblem::jsonPath, ContentProblem::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("lessons[1]", "null cannot be in a list; remove it"),
                    org.assertj.core.groups.Tuple.tuple("quiz.questions[0].choices[2]", "null cannot be in a list; remove it"));
            List<Integer> at = Fixtures.positionOf(json, "null");
            assertThat(List.of(result.problems().get(0).line(), result.problems().get(0).column())).isEqualTo(at);
        }
    }

    /** The outside tester's case: a module saved as UTF-16 without a byte order mark was accepted. */
    @Test
    void utf16WithoutAByteOrderMarkIsRefusedAsNotUtf8() throws Exception {
        String json = Fixtures.pretty(Fixtures.fullModule());
        Path file = Fixtures.writeFullModule(modules, "full-module", json);
        for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Files.write(file, json.getBytes(utf16));

            ModuleReader.ModuleReadResult result = reader.read(file, resources);

            assertThat(result.module()).isEmpty();
            assertThat(result.problems()).singleElement().extracting(ContentProblem::message)
                    .isEqualTo("the file is not UTF-8 text (byte " + (utf16 == StandardCharsets.UTF_16LE ? 1 : 0)
                            + " is 0x00, as in UTF-16); save it as UTF-8");
        }
    }
}
