package jaga.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes N valid modules, each with the complete sample module's lesson (every step type) and a quiz
 * of the given size (every question type). The sample is also the tests' fixture ({@code jaga.testing.Fixtures}).
 */
public final class GeneratedContent {
    /** The complete sample module (every step and question type), on the class path. */
    public static final String SAMPLE = "/jaga/bench/full-module/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedContent() {}

    /** The sample module as a tree, to copy and change. */
    public static ObjectNode sampleModule() {
        try (InputStream in = Objects.requireNonNull(GeneratedContent.class.getResourceAsStream(SAMPLE + "module.json"))) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the sample's picture into a module folder. */
    public static void copySamplePicture(Path moduleFolder) throws IOException {
        try (InputStream picture = Objects.requireNonNull(GeneratedContent.class.getResourceAsStream(SAMPLE + "phone.png"))) {
            Files.copy(picture, moduleFolder.resolve("phone.png"));
        }
    }

    /**
     * A content folder under {@code root}: the given help contacts ({@code resources.json}) and
     * {@code modules} generated modules of {@code questionsPerModule} questions each.
     */
    public static Path write(Path root, Path resourcesJson, int modules, int questionsPerModule) throws IOException {
        Files.copy(resourcesJson, root.resolve("resources.json"));
        ObjectNode template = sampleModule();
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
            copySamplePicture(folder);
        }
        return root;
    }
}
