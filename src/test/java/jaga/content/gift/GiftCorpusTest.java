package jaga.content.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jaga.model.Band;
import jaga.content.ContentProblem;
import jaga.content.ModuleReader;
import jaga.content.Question;
import jaga.content.Topic;
import jaga.testing.Modules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third-party GIFT corpus (fuhrmanator/GIFT-grammar-PEG.js tests, MIT) in ../shared/testdata/gift:
 * each X.gift with the parse X.json expects. Runs when that folder exists; it is not copied here.
 * The corpus names the two true/false feedbacks by position ("trueFeedback" is the first '#', "falseFeedback"
 * the second), so they are compared by position; Moodle shows the first for a wrong answer.
 */
class GiftCorpusTest {

    private static final Path CORPUS = Path.of("../shared/testdata/gift");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, GiftQuestion.Kind> KINDS = Map.of(
            "MC", GiftQuestion.Kind.MULTIPLE_CHOICE, "TF", GiftQuestion.Kind.TRUE_FALSE,
            "Matching", GiftQuestion.Kind.MATCHING, "Short", GiftQuestion.Kind.SHORT_ANSWER,
            "Numerical", GiftQuestion.Kind.NUMERICAL, "Essay", GiftQuestion.Kind.ESSAY,
            "Description", GiftQuestion.Kind.DESCRIPTION);

    @Test
    void everyCorpusFileParsesAsExpectedAndUnsupportedQuestionsAreReported() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared GIFT corpus is not here");
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<String> failures = new ArrayList<>();
        int filesPassed = 0;
        int matched = 0;
        int unsupported = 0;
        for (Path gift : files) {
            String name = gift.getFileName().toString();
            JsonNode expected = JSON.readTree(gift.resolveSibling(name.replace(".gift", ".json")).toFile());
            List<String> fileFailures = new ArrayList<>();
            GiftFile parsed;
            GiftImport.Result imported;
            try {
                parsed = GiftParser.parse(Files.readString(gift, StandardCharsets.UTF_8));
                imported = GiftImport.convert(parsed);
            } catch (RuntimeException e) {
                failures.add(name + ": crashed: " + e);
                continue;
            }
            List<JsonNode> expectedQuestions = new ArrayList<>();
            List<String> expectedCategories = new ArrayList<>();
            expected.forEach(node -> {
                if (node.path("type").asText().equals("Category")) {
                    expectedCategories.add(node.path("title").asText());
                } else {
                    expectedQuestions.add(node);
                }
            });
            List<String> categories = parsed.categories().stream().map(GiftFile.Category::name).toList();
            if (!categories.equals(expectedCategories)) {
                fileFailures.add("categories " + categories + ", expected " + expectedCategories);
            }
            if (parsed.questions().size() != expectedQuestions.size()) {
                fileFailures.add(parsed.questions().size() + " questions, expected " + expectedQuestions.size()
                        + "; problems: " + parsed.problems());
            } else {
                for (int i = 0; i < expectedQuestions.size(); i++) {
                    GiftQuestion question = parsed.questions().get(i);
                    List<String> differences = compare(expectedQuestions.get(i), question);
                    boolean supported = GiftImportSupport.isSupported(question);
                    if (!supported) {
                        String message = "unsupported question type at line " + question.line();
                        if (imported.problems().stream().noneMatch(p -> p.message().startsWith(message))) {
                            differences.add("no message starting '" + message + "'");
                        }
                    }
                    if (differences.isEmpty()) {
                        if (supported) {
                            matched++;
                        } else {
                            unsupported++;
                        }
                    } else {
                        fileFailures.add("question " + (i + 1) + " (line " + question.line() + "): " + differences);
                    }
                }
            }
            if (fileFailures.isEmpty()) {
                filesPassed++;
            } else {
                fileFailures.forEach(f -> failures.add(name + ": " + f));
            }
        }
        System.out.printf("GIFT corpus: %d of %d files passed, %d questions matched, %d reported unsupported%n",
                filesPassed, files.size(), matched, unsupported);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyCorpusFileWithAUsableQuestionMakesAModuleThatPassesTheChecks(@TempDir Path temp) throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared GIFT corpus is not here");
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int modules = 0;
        for (Path gift : files) {
            GiftImport.Result result = GiftImport.convert(GiftParser.parse(Files.readString(gift, StandardCharsets.UTF_8)));
            if (result.questions().isEmpty()) {
                continue;
            }
            String id = gift.getFileName().toString().replace(".gift", "").toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-");
            Path file = Files.createDirectories(temp.resolve(id)).resolve("module.json");
            Files.writeString(file, GiftModule.json(GiftModule.build(id, Topic.SCAMS, Band.AGES_13_17, "Corpus",
                    result.questions())));
            new ModuleReader(true).read(file, Modules.bundledResources()).problems().stream()
                    .filter(ContentProblem::isError).forEach(p -> failures.add(p.format()));
            modules++;
        }
        assertThat(modules).isPositive();
        assertThat(failures).isEmpty();
    }

    private static List<String> compare(JsonNode expected, GiftQuestion actual) {
        List<String> differences = new ArrayList<>();
        GiftQuestion.Kind kind = KINDS.get(expected.path("type").asText());
        check(differences, "type", kind, actual.kind());
        check(differences, "title", text(expected.get("title")), actual.title());
        check(differences, "id", text(expected.get("id")), actual.id());
        List<String> tags = new ArrayList<>();
        expected.path("tags").forEach(t -> tags.add(t.asText()));
        check(differences, "tags", tags, actual.tags());
        check(differences, "stem", formatted(expected.get("stem")), actual.stem());
        check(differences, "embedded", expected.path("hasEmbeddedAnswers").asBoolean(), actual.embedded());
        if (kind == GiftQuestion.Kind.NUMERICAL || kind == GiftQuestion.Kind.DESCRIPTION) {
            return differences; // unsupported; only the type and text are compared
        }
        check(differences, "general feedback", formatted(expected.get("globalFeedback")), actual.generalFeedback());
        switch (kind) {
            case MULTIPLE_CHOICE, SHORT_ANSWER -> {
                JsonNode choices = expected.path("choices");
                if (choices.size() != actual.choices().size()) {
                    differences.add(actual.choices().size() + " choices, expected " + choices.size());
                    break;
                }
                for (int i = 0; i < choices.size(); i++) {
                    JsonNode choice = choices.get(i);
                    GiftChoice mine = actual.choices().get(i);
                    String at = "choice " + (i + 1) + " ";
                    check(differences, at + "correct", choice.path("isCorrect").asBoolean(), mine.correct());
                    check(differences, at + "weight", choice.path("weight").isNull() ? null : choice.path("weight").asDouble(),
                            mine.weight());
                    check(differences, at + "text", formatted(choice.get("text")), mine.text());
                    check(differences, at + "feedback", formatted(choice.get("feedback")), mine.feedback());
                }
            }
            case TRUE_FALSE -> {
                check(differences, "answer", expected.path("isTrue").asBoolean(), actual.isTrue());
                check(differences, "first feedback", formatted(expected.get("trueFeedback")), actual.firstFeedback());
                check(differences, "second feedback", formatted(expected.get("falseFeedback")), actual.secondFeedback());
            }
            case MATCHING -> {
                JsonNode pairs = expected.path("matchPairs");
                if (pairs.size() != actual.pairs().size()) {
                    differences.add(actual.pairs().size() + " pairs, expected " + pairs.size());
                    break;
                }
                for (int i = 0; i < pairs.size(); i++) {
                    check(differences, "pair " + (i + 1) + " left", formatted(pairs.get(i).get("subquestion")),
                            actual.pairs().get(i).left());
                    check(differences, "pair " + (i + 1) + " right", pairs.get(i).path("subanswer").asText(),
                            actual.pairs().get(i).right());
                }
            }
            default -> { }
        }
        return differences;
    }

    private static void check(List<String> differences, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(what + ": " + actual + ", expected " + expected);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static GiftText formatted(JsonNode node) {
        return node == null || node.isNull() ? null : new GiftText(node.path("format").asText(), node.path("text").asText());
    }

    /** Whether Jaga imports the question (as single, multiple, trueFalse or matching). */
    static final class GiftImportSupport {
        static boolean isSupported(GiftQuestion question) {
            Question converted = GiftImport.convert(new GiftFile(List.of(), List.of(question), List.of()))
                    .questions().stream().findFirst().orElse(null);
            return switch (question.kind()) {
                case MULTIPLE_CHOICE, TRUE_FALSE, MATCHING -> converted != null;
                default -> false;
            };
        }
    }
}
