package jaga.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads one module.json into records, then validates it; collects problems instead of throwing. */
public final class ModuleReader {

    private final ObjectMapper mapper;

    public ModuleReader() {
        JsonFactory factory = JsonFactory.builder().build();
        this.mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public ModuleReadResult read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return ModuleReadResult.failed(file, problem(file, JsonPosition.START, JsonPaths.ROOT, "file not found"));
        } catch (IOException e) {
            return ModuleReadResult.failed(file, problem(file, JsonPosition.START, JsonPaths.ROOT,
                    "cannot read the file: " + e.getMessage()));
        }
        JsonLocations locations;
        try {
            locations = JsonLocations.scan(mapper.getFactory(), bytes);
        } catch (JsonProcessingException e) {
            return ModuleReadResult.failed(file, problem(file, JsonLocations.position(e.getLocation()), JsonPaths.ROOT,
                    "invalid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return ModuleReadResult.failed(file, problem(file, JsonPosition.START, JsonPaths.ROOT, e.getMessage()));
        }
        ContentModule module;
        try {
            module = mapper.readValue(bytes, ContentModule.class);
        } catch (JsonMappingException e) {
            return ModuleReadResult.failed(file, mappingProblem(file, e, locations));
        } catch (IOException e) {
            return ModuleReadResult.failed(file, problem(file, JsonPosition.START, JsonPaths.ROOT, e.getMessage()));
        }
        List<ContentProblem> problems = new ModuleValidator(file, locations).validate(module);
        boolean usable = problems.stream().noneMatch(ContentProblem::isError);
        return new ModuleReadResult(file, usable ? Optional.of(module) : Optional.empty(), problems);
    }

    private static ContentProblem mappingProblem(Path file, JsonMappingException e, JsonLocations locations) {
        String path = JsonPaths.of(e.getPath());
        JsonPosition at = JsonLocations.position(e.getLocation());
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            // Records are built after their whole object is read, so Jackson's own location is
            // the object's end; point at the property's name instead.
            at = locations.name(path).orElse(at);
            message = "unknown property '" + unknown.getPropertyName() + "'"
                    + nearest(unknown.getPropertyName(), unknown.getKnownPropertyIds())
                            .map(name -> " (did you mean '" + name + "'?)")
                            .orElse("");
        } else if (e instanceof InvalidTypeIdException typeId) {
            message = typeId.getTypeId() == null
                    ? "missing 'type'"
                    : "unknown type '" + typeId.getTypeId() + "'";
        } else if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            message = "'" + format.getValue() + "' is not one of: " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(constant -> constant instanceof Topic t ? t.code() : constant instanceof Band b ? b.code() : constant.toString())
                    .collect(Collectors.joining(", "));
        } else {
            message = firstLine(e.getOriginalMessage());
        }
        return problem(file, at, path, message);
    }

    /** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
    static Optional<String> nearest(String wrong, Collection<Object> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object candidate : known) {
            String name = candidate.toString();
            int distance = editDistance(wrong.toLowerCase(), name.toLowerCase());
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, wrong.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "cannot read this value";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static ContentProblem problem(Path file, JsonPosition at, String path, String message) {
        return ContentProblem.error(file, at, path, message);
    }

    /** What reading one file gave: the module if it is usable, and every problem found. */
    public record ModuleReadResult(Path file, Optional<ContentModule> module, List<ContentProblem> problems) {
        public ModuleReadResult {
            problems = List.copyOf(problems);
        }

        static ModuleReadResult failed(Path file, ContentProblem problem) {
            return new ModuleReadResult(file, Optional.empty(), new ArrayList<>(List.of(problem)));
        }
    }
}
