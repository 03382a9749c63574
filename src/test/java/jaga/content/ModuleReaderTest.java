package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.Modules;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModuleReaderTest {

    @TempDir
    Path modules;

    private final ModuleReader reader = new ModuleReader();

    @Test
    void validModuleLoadsWithNoProblems() {
        Path file = Modules.write(modules, "too-good", Modules.valid("too-good"));

        ModuleReader.ModuleReadResult result = reader.read(file);

        assertThat(result.problems()).isEmpty();
        ContentModule module = result.module().orElseThrow();
        assertThat(module.id()).isEqualTo("too-good");
        assertThat(module.topic()).isEqualTo(Topic.SCAMS);
        assertThat(module.band()).isEqualTo(Band.AGES_7_9);
        assertThat(module.lessons().get(0).steps()).hasSize(2);
        assertThat(module.quiz().questions()).hasSize(2);
        assertThat(module.title().in("ms")).isEqualTo("Terlalu bagus untuk jadi benar");
    }

    static Stream<Arguments> brokenModules() {
        return Stream.of(
                broken("syntax error: a missing comma",
                        json -> json.replace("\"version\": 1,", "\"version\": 1"),
                        5, 3, "$", "invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
                broken("unknown property, with the nearest known name",
                        json -> json.replace("\"summary\":", "\"sumary\":"),
                        8, 3, "sumary", "unknown property 'sumary' (did you mean 'summary'?)"),
                broken("unknown property deep inside, with no near name",
                        json -> json.replace("{\"id\": \"intro\", \"type\": \"text\",", "{\"id\": \"intro\", \"type\": \"text\", \"colour\": \"red\","),
                        14, 41, "lessons[0].steps[0].colour", "unknown property 'colour'"),
                broken("missing translation",
                        json -> json.replace(", \"ms\": \"Tanya orang dewasa dahulu.\"", ""),
                        15, 48, "lessons[0].steps[1].text", "missing translation for 'ms'"),
                broken("missing required property",
                        json -> json.replace("  \"summary\": {\"en\": \"Free game coins can be a trick.\", \"ms\": \"Syiling permainan percuma boleh jadi helah.\"},\n", ""),
                        1, 1, "$", "missing required property 'summary'"),
                broken("no correct choice",
                        json -> json.replace("{\"id\": \"a\", \"correct\": true, \"text\": {\"en\": \"Ask an adult\"",
                                "{\"id\": \"a\", \"correct\": false, \"text\": {\"en\": \"Ask an adult\""),
                        26, 20, "quiz.questions[0].choices", "no choice is marked correct"),
                broken("two correct choices in a single-choice question",
                        json -> json.replace("{\"id\": \"b\", \"correct\": false, \"text\": {\"en\": \"Click it\"",
                                "{\"id\": \"b\", \"correct\": true, \"text\": {\"en\": \"Click it\""),
                        26, 20, "quiz.questions[0].choices",
                        "a single-choice question has exactly one correct choice, but 2 are marked correct"),
                broken("duplicate step id",
                        json -> json.replace("{\"id\": \"tell\",", "{\"id\": \"intro\","),
                        15, 16, "lessons[0].steps[1].id", "duplicate step id 'intro'"),
                broken("unknown topic",
                        json -> json.replace("\"topic\": \"scams\"", "\"topic\": \"games\""),
                        5, 12, "topic", "'games' is not one of: grooming, scams, images, cyberbullying, privacy, misinformation"),
                broken("unknown step type",
                        json -> json.replace("\"type\": \"text\", \"text\": {\"en\": \"A pop-up", "\"type\": \"video\", \"text\": {\"en\": \"A pop-up"),
                        14, 33, "lessons[0].steps[0]", "unknown type 'video'"),
                broken("pass mark out of range",
                        json -> json.replace("\"passMark\": 50", "\"passMark\": 150"),
                        20, 17, "quiz.passMark", "pass mark must be between 0 and 100, not 150"),
                broken("a newer format version",
                        json -> json.replace("\"formatVersion\": 1", "\"formatVersion\": 9"),
                        2, 20, "formatVersion",
                        "format version 9 is newer than this Jaga understands (1); update Jaga to use this module"));
    }

    private static Arguments broken(String what, UnaryOperator<String> breakIt, int line, int column, String jsonPath,
                                    String message) {
        return Arguments.of(what, breakIt, line, column, jsonPath, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModules")
    void brokenModuleIsLeftOutAndTheProblemIsPinpointed(String what, UnaryOperator<String> breakIt, int line, int column,
                                                        String jsonPath, String message) {
        Path file = Modules.write(modules, "too-good", breakIt.apply(Modules.valid("too-good")));

        ModuleReader.ModuleReadResult result = reader.read(file);

        assertThat(result.module()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        ContentProblem problem = result.problems().get(0);
        assertThat(problem.file()).isEqualTo(file);
        assertThat(List.of(problem.line(), problem.column())).isEqualTo(List.of(line, column));
        assertThat(problem.jsonPath()).isEqualTo(jsonPath);
        assertThat(problem.message()).startsWith(message);
        assertThat(problem.format()).startsWith(file + ":" + line + ":" + column + ": " + jsonPath + ": ");
    }

    @Test
    void everyMissingTranslationIsReportedInOnePass() {
        String json = Modules.valid("too-good")
                .replace(", \"ms\": \"Ya.\"", "")
                .replace(", \"ms\": \"Kata laluan adalah rahsia.\"", "");
        Path file = Modules.write(modules, "too-good", json);

        List<ContentProblem> problems = reader.read(file).problems();

        assertThat(problems).extracting(ContentProblem::jsonPath)
                .containsExactly("quiz.questions[0].choices[0].feedback", "quiz.questions[1].explanation");
    }

    @Test
    void moduleIdMustMatchItsFolder() {
        Path file = Modules.write(modules, "other-name", Modules.valid("too-good"));

        List<ContentProblem> problems = reader.read(file).problems();

        assertThat(problems).extracting(ContentProblem::message)
                .containsExactly("module id 'too-good' does not match its folder name 'other-name'");
    }
}
