package jaga.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jaga.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes N valid modules, each with the fixture's lesson and a quiz of the given size. */
final class GeneratedContent {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedContent() {}

    static Path write(Path root, int modules, int questionsPerModule) throws IOException {
        Files.copy(Path.of("content/resources.json"), root.resolve("resources.json"));
        ObjectNode template = Fixtures.fullModule();
        ArrayNode sample = (ArrayNode) template.at("/quiz/questions");
        for (int m = 0; m < modules; m++) {
            ObjectNode module = template.deepCopy();
            String id = "generated-" + m;
            module.put("id", id);
            ArrayNode questions = module.with("quiz").putArray("questions");
            for (int q = 0; q < questionsPerModule; q++) {
                ObjectNode question = (ObjectNode) sample.get(q % sample.size()).deepCopy();
                question.put("id", "q-" + q);
                questions.add(question);
            }
            Path folder = Files.createDirectories(root.resolve("modules").resolve(id));
            JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("module.json").toFile(), module);
            try (var picture = Fixtures.class.getResourceAsStream("/jaga/content/fixtures/full-module/phone.png")) {
                Files.copy(picture, folder.resolve("phone.png"));
            }
        }
        return root;
    }
}
