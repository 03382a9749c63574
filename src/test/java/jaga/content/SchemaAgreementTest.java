package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published schema and the Java records agree: every property the schema describes is a
 * record component and every record component a property the schema describes (walked together
 * from the module down, each step and question type by its name); every shipped module (and the
 * complete fixture) passes the schema on its own and loads as records with no problem, both as
 * {@code jaga validate} reads it and as the app reads it at start-up.
 */
class SchemaAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema publishedSchema() throws Exception {
        JsonNode schema = JSON.readTree(Modules.bundledContent().resolve("schema/module.schema.json").toFile());
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    }

    @Test
    void everySchemaPropertyIsARecordComponentAndEveryComponentASchemaProperty() throws Exception {
        JsonNode schema = JSON.readTree(Modules.bundledContent().resolve("schema/module.schema.json").toFile());
        Set<Class<?>> compared = new HashSet<>();
        List<String> disagreements = new ArrayList<>();

        compare(schema, schema, ContentModule.class, "module", compared, disagreements);

        assertThat(disagreements).isEmpty();
        // The walk reached every record a module is made of (so the comparison cannot pass by missing some).
        assertThat(compared).containsAll(recordsUnder(ContentModule.class, new HashSet<>()));
        assertThat(compared).contains(Step.Chat.class, Question.Matching.class, ChatNode.ChatChoice.class);
    }

    /** The app's start-up load (no schema pass) takes exactly the shipped modules the schema accepts, as the same records. */
    @Test
    void whatTheAppLoadsAtStartUpAgreesWithTheSchema() throws Exception {
        Schema schema = publishedSchema();
        ContentCatalog atStartUp = new ContentLoader(Resources.NONE, false).load(List.of(Modules.bundledContent()));
        ContentCatalog validated = new ContentLoader(Modules.bundledResources()).load(List.of(Modules.bundledContent()));

        assertThat(atStartUp.problems()).isEmpty();
        assertThat(atStartUp.modules()).isNotEmpty().isEqualTo(validated.modules());
        for (ContentModule module : atStartUp.modules()) {
            Path file = atStartUp.folders().get(module.id()).resolve(ContentLoader.MODULE_FILE);
            JsonNode json = JSON.readTree(file.toFile());
            if (json.path("formatVersion").asInt() == ModuleReader.FORMAT_VERSION) {
                assertThat(schema.validate(json)).as(file.toString()).isEmpty();
            }
        }
    }

    private static void compare(JsonNode root, JsonNode schema, Type type, String where, Set<Class<?>> compared,
                                List<String> disagreements) {
        schema = resolve(root, schema);
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!"array".equals(schema.path("type").asText())) {
                disagreements.add(where + ": a list in the records, not an array in the schema");
                return;
            }
            compare(root, schema.get("items"), list.getActualTypeArguments()[0], where + "[]", compared, disagreements);
            return;
        }
        if (!(type instanceof Class<?> target) || target == LocalizedText.class) {
            return;
        }
        JsonSubTypes subTypes = target.getAnnotation(JsonSubTypes.class);
        if (subTypes != null) {
            Map<String, JsonNode> bySchema = new TreeMap<>();
            for (JsonNode branch : schema.path("allOf")) {
                bySchema.put(branch.at("/if/properties/type/const").asText(), branch.at("/then"));
            }
            Map<String, Class<?>> byRecords = new TreeMap<>();
            for (JsonSubTypes.Type subtype : subTypes.value()) {
                byRecords.put(subtype.name(), subtype.value());
            }
            if (!bySchema.keySet().equals(byRecords.keySet())) {
                disagreements.add(where + ": types " + byRecords.keySet() + " in the records, " + bySchema.keySet()
                        + " in the schema");
            }
            byRecords.forEach((name, subtype) -> {
                if (bySchema.containsKey(name)) {
                    compare(root, bySchema.get(name), subtype, where + "(" + name + ")", compared, disagreements);
                }
            });
            return;
        }
        if (!target.isRecord()) {
            return; // a scalar or an enum
        }
        compared.add(target);
        Map<String, Type> components = new TreeMap<>();
        for (RecordComponent component : target.getRecordComponents()) {
            components.put(component.getName(), component.getGenericType());
        }
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        if (target.getEnclosingClass() != null && target.getEnclosingClass().isAnnotationPresent(JsonSubTypes.class)) {
            properties.remove("type"); // the type name, which picks the record
        }
        for (String property : properties) {
            if (!components.containsKey(property)) {
                disagreements.add(where + "." + property + ": in the schema, not in " + target.getSimpleName());
            }
        }
        for (Map.Entry<String, Type> component : components.entrySet()) {
            if (!properties.contains(component.getKey())) {
                disagreements.add(where + "." + component.getKey() + ": in " + target.getSimpleName() + ", not in the schema");
            } else {
                compare(root, schema.path("properties").get(component.getKey()), component.getValue(),
                        where + "." + component.getKey(), compared, disagreements);
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        while (schema.has("$ref")) {
            schema = root.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    /** Every record a value of {@code type} is made of, subtypes included. */
    private static Set<Class<?>> recordsUnder(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                recordsUnder(argument, found);
            }
        } else if (type instanceof Class<?> target && target != LocalizedText.class) {
            JsonSubTypes subTypes = target.getAnnotation(JsonSubTypes.class);
            if (subTypes != null) {
                for (JsonSubTypes.Type subtype : subTypes.value()) {
                    recordsUnder(subtype.value(), found);
                }
            } else if (target.isRecord() && found.add(target)) {
                for (RecordComponent component : target.getRecordComponents()) {
                    recordsUnder(component.getGenericType(), found);
                }
            }
        }
        return found;
    }

    @Test
    void everyShippedModuleIsValidBothWays() throws Exception {
        Schema schema = publishedSchema();
        List<Path> files;
        try (Stream<Path> found = Files.walk(Modules.bundledContent().resolve("modules"))) {
            files = found.filter(p -> p.getFileName().toString().equals("module.json")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode module = JSON.readTree(file.toFile());
            if (module.path("formatVersion").asInt() == ModuleReader.FORMAT_VERSION) {
                assertThat(schema.validate(module)).as(file.toString()).isEmpty();
            }
            ModuleReader.ModuleReadResult records = new ModuleReader().read(file, Modules.bundledResources());
            assertThat(records.problems()).as(file.toString()).isEmpty();
            assertThat(records.module()).as(file.toString()).isPresent();
        }
    }

    @Test
    void theCompleteFixtureIsValidBothWays(@TempDir Path temp) throws Exception {
        JsonNode module = Fixtures.fullModule();
        assertThat(publishedSchema().validate(module)).isEmpty();
        Path file = Fixtures.writeFullModule(temp, "full-module", Fixtures.pretty(module));
        assertThat(new ModuleReader().read(file, Modules.bundledResources()).problems()).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheRecordsReject() throws Exception {
        Schema schema = publishedSchema();
        JsonNode unknownStep = Fixtures.fullModule();
        ((com.fasterxml.jackson.databind.node.ObjectNode) unknownStep.at("/lessons/0/steps/0")).put("colour", "red");
        JsonNode noTranslation = Fixtures.fullModule();
        ((com.fasterxml.jackson.databind.node.ObjectNode) noTranslation.at("/title")).remove("ms");
        JsonNode badType = Fixtures.fullModule();
        ((com.fasterxml.jackson.databind.node.ObjectNode) badType.at("/quiz/questions/0")).put("type", "essay");

        assertThat(schema.validate(unknownStep)).isNotEmpty();
        assertThat(schema.validate(noTranslation)).isNotEmpty();
        assertThat(schema.validate(badType)).isNotEmpty();
    }

    @Test
    void theJarCarriesTheSameSchemaAsContent() throws Exception {
        try (var in = SchemaCheck.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            assertThat(JSON.readTree(in)).isEqualTo(JSON.readTree(Modules.bundledContent().resolve("schema/module.schema.json").toFile()));
        }
    }
}
