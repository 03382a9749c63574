package jaga.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The published JSON Schema (content/schema/module.schema.json, also inside the jar) checked
 * against each module: the contract authors and editors see is the one Jaga enforces.
 */
final class SchemaCheck {
    static final String RESOURCE = "/jaga/content/module.schema.json";

    private final Schema schema;

    SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the module schema is missing from the build");
            }
            JsonNode node = new ObjectMapper().readTree(in);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ContentProblem> check(Path file, JsonDocument document) {
        List<ContentProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(document.root())) {
            String path = path(error.getInstanceLocation());
            String message = error.getMessage();
            if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
                path = JsonPaths.child(path, error.getProperty());
                message = "unknown property '" + error.getProperty() + "'";
            } else if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
                message = "missing required property '" + error.getProperty() + "'";
            }
            String at = path;
            problems.add(ContentProblem.error(file, document.name(at).orElseGet(() -> document.at(at)), path,
                    "schema: " + message));
        }
        return problems;
    }

    private static String path(NodePath location) {
        String path = JsonPaths.ROOT;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? JsonPaths.index(path, index) : JsonPaths.child(path, element.toString());
        }
        return path;
    }
}
