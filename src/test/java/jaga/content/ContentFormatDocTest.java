package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example in docs/content-format.md is a fixture: steps are checked inside a lesson,
 * questions inside a quiz, modules and resources on their own. What an author copies works.
 */
class ContentFormatDocTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BLOCK = Pattern.compile("```json (module|step|question|resources)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path temp;

    record Example(String kind, String json, int number) {}

    static List<Example> examples() throws Exception {
        String guide = Files.readString(Path.of("docs/content-format.md"));
        Matcher block = BLOCK.matcher(guide);
        List<Example> examples = new ArrayList<>();
        while (block.find()) {
            examples.add(new Example(block.group(1), block.group(2), examples.size() + 1));
        }
        return examples;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleInTheGuideValidates() throws Exception {
        List<Example> examples = examples();
        assertThat(examples).extracting(Example::kind).contains("module", "step", "question", "resources");
        return examples.stream().map(example -> DynamicTest.dynamicTest(
                example.kind() + " example " + example.number(), () -> check(example)));
    }

    private void check(Example example) throws Exception {
        JsonNode node = JSON.readTree(example.json());
        Path folder = Files.createDirectories(temp.resolve("example-" + example.number()));
        switch (example.kind()) {
            case "resources" -> {
                Path file = Files.writeString(folder.resolve("resources.json"), example.json());
                assertThat(new ResourcesReader().read(file).problems()).isEmpty();
            }
            case "module" -> assertClean(Modules.write(folder, node.get("id").asText(), example.json()));
            default -> {
                ObjectNode module = Fixtures.fullModule();
                if (example.kind().equals("step")) {
                    ((ArrayNode) module.at("/lessons/0/steps")).removeAll().add(node);
                } else {
                    module.with("quiz").remove("pool");
                    ((ArrayNode) module.at("/quiz/questions")).removeAll().add(node);
                }
                Path file = Fixtures.writeFullModule(folder, "full-module", Fixtures.pretty(module));
                if (node.has("file")) {
                    Files.copy(file.resolveSibling("phone.png"), file.resolveSibling(node.get("file").asText()));
                }
                if (node.has("picture")) {
                    Path picture = file.resolveSibling(node.at("/picture/file").asText());
                    Files.createDirectories(picture.getParent());
                    Files.copy(file.resolveSibling("phone.png"), picture);
                }
                assertClean(file);
            }
        }
    }

    private static void assertClean(Path file) {
        ModuleReader.ModuleReadResult result = new ModuleReader().read(file, Modules.bundledResources());
        assertThat(result.problems()).as(file.toString()).isEmpty();
        assertThat(result.module()).isPresent();
    }
}
