package jaga.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one module.json: limits and syntax, then format version (older files upgraded step by
 * step), then records, then the validator and the published schema. Collects every problem
 * instead of throwing; a module with any error is not usable.
 */
public final class ModuleReader {
    public static final int FORMAT_VERSION = ModuleUpgrades.CURRENT;

    private final RecordMapper records = new RecordMapper();
    private final SchemaCheck schema;

    /** Checks against the published schema as well: what {@code jaga validate} and tests use. */
    public ModuleReader() {
        this(true);
    }

    /**
     * @param checkSchema false skips the published-schema pass, whose every rule the records and
     *                    validator also enforce (see docs/decisions/0002); the app's start-up load
     *                    of content that shipped already validated uses this.
     */
    public ModuleReader(boolean checkSchema) {
        this.schema = checkSchema ? new SchemaCheck() : null;
    }

    public ModuleReadResult read(Path file, Resources resources) {
        JsonDocument document;
        try {
            byte[] bytes = JsonDocument.bytesOf(file);
            if (schema == null) {
                // Content that maps cleanly in the current format needs no tree (see RecordMapper.readClean).
                Optional<ContentModule> clean = records.readClean(bytes, ContentModule.class)
                        .filter(module -> Integer.valueOf(FORMAT_VERSION).equals(module.formatVersion()));
                if (clean.isPresent()) {
                    List<ContentProblem> problems = new ArrayList<>(
                            new ModuleValidator(file, JsonDocument.positionsOf(bytes), resources).validate(clean.get()));
                    return result(file, clean, problems);
                }
            }
            document = JsonDocument.parse(bytes);
        } catch (JsonDocument.Unreadable e) {
            return ModuleReadResult.failed(file, ContentProblem.error(file, e.position(), JsonPaths.ROOT, e.getMessage()));
        }
        if (!(document.root() instanceof ObjectNode root)) {
            return ModuleReadResult.failed(file, ContentProblem.error(file, JsonPosition.START, JsonPaths.ROOT,
                    "a module is a JSON object ({ ... })"));
        }
        JsonNode version = root.get("formatVersion");
        String versionPath = "formatVersion";
        if (version == null) {
            return ModuleReadResult.failed(file, ContentProblem.error(file, document.at(JsonPaths.ROOT), JsonPaths.ROOT,
                    "missing required property 'formatVersion'"));
        }
        if (!version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
            return ModuleReadResult.failed(file, ContentProblem.error(file, document.at(versionPath), versionPath,
                    "format version must be a whole number from 1"));
        }
        if (version.intValue() > FORMAT_VERSION) {
            return ModuleReadResult.failed(file, ContentProblem.error(file, document.at(versionPath), versionPath,
                    "format version " + version.intValue() + " is newer than this Jaga understands (" + FORMAT_VERSION
                            + "); update Jaga to use this module"));
        }
        ModuleUpgrades.upgrade(root, version.intValue());

        List<ContentProblem> problems = new ArrayList<>();
        RecordMapper.Mapped<ContentModule> mapped = records.map(file, document, ContentModule.class);
        problems.addAll(mapped.problems());
        mapped.value().ifPresent(module -> problems.addAll(new ModuleValidator(file, document, resources).validate(module)));
        // The schema restates most rules; report only what the records and validator did not already say.
        Set<String> reported = new HashSet<>();
        problems.forEach(problem -> reported.add(problem.jsonPath()));
        (schema == null ? List.<ContentProblem>of() : schema.check(file, document)).stream().filter(problem -> !reported.contains(problem.jsonPath())).forEach(problems::add);

        return result(file, mapped.value(), problems);
    }

    private ModuleReadResult result(Path file, Optional<ContentModule> module, List<ContentProblem> problems) {
        problems.sort(Comparator.comparingInt(ContentProblem::line).thenComparingInt(ContentProblem::column));
        boolean usable = module.isPresent() && problems.stream().noneMatch(ContentProblem::isError);
        // Positions for the loader's cross-module checks are found again from the file if ever
        // needed, so a thousand parsed documents are not kept alive meanwhile.
        return new ModuleReadResult(file, usable ? module : Optional.empty(), problems, path -> positionIn(file, path));
    }

    private JsonPosition positionIn(Path file, String path) {
        try {
            return JsonDocument.read(file).at(path);
        } catch (JsonDocument.Unreadable e) {
            return JsonPosition.START;
        }
    }

    /** What reading one file gave: the module if it is usable, and every problem found. */
    public record ModuleReadResult(Path file, Optional<ContentModule> module, List<ContentProblem> problems,
                                   Function<String, JsonPosition> positions) {
        public ModuleReadResult {
            problems = List.copyOf(problems);
        }

        static ModuleReadResult failed(Path file, ContentProblem problem) {
            return new ModuleReadResult(file, Optional.empty(), List.of(problem), path -> JsonPosition.START);
        }
    }
}
