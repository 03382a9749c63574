package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published schema and the Java records agree: every shipped module (and the complete
 * fixture) passes the schema on its own, and loads as records with no problem.
 */
class SchemaAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema publishedSchema() throws Exception {
        JsonNode schema = JSON.readTree(Modules.bundledContent().resolve("schema/module.schema.json").toFile());
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
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
