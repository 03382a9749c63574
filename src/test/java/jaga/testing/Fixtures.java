package jaga.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The complete module fixture (every step and question type), to copy and break in tests. */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static ObjectNode fullModule() {
        return jaga.bench.GeneratedContent.sampleModule();
    }

    /** The fixture after a change, as pretty-printed text. */
    public static String fullModule(Consumer<ObjectNode> change) {
        ObjectNode module = fullModule();
        change.accept(module);
        return pretty(module);
    }

    public static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the text as module.json in {@code root/<folder>/}, with the fixture's picture beside it. */
    public static Path writeFullModule(Path root, String folder, String json) {
        try {
            Path file = Modules.write(root, folder, json);
            jaga.bench.GeneratedContent.copySamplePicture(file.getParent());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Line and column (both from 1) of {@code marker}, searched from the first place each anchor
     * in turn is found: a way to name a spot in a file without counting by hand.
     */
    public static List<Integer> positionOf(String text, String marker, String... anchors) {
        int from = 0;
        for (String anchor : anchors) {
            from = text.indexOf(anchor, from);
            if (from < 0) {
                throw new IllegalArgumentException("anchor not found: " + anchor);
            }
        }
        int at = text.indexOf(marker, from);
        if (at < 0) {
            throw new IllegalArgumentException("marker not found: " + marker);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return List.of(line, at - lineStart + 1);
    }
}
