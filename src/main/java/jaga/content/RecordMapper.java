package jaga.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import jaga.model.Band;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a JSON tree into records. Unknown properties are collected first (all of them, each with
 * the nearest known name as a hint) instead of stopping at the first.
 */
final class RecordMapper {
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) // an omitted flag is false, as the schema says
            // "true" in quotes is text, not true: the records are as strict about types as the schema.
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Mapped<T>(Optional<T> value, List<ContentProblem> problems) {}

    <T> Mapped<T> map(Path file, JsonDocument document, Class<T> type) {
        List<ContentProblem> problems = new ArrayList<>();
        UnknownProperties.find(document.root(), type, JsonPaths.ROOT, (path, known) -> {
            String name = path.substring(path.lastIndexOf('.') + 1);
            problems.add(ContentProblem.error(file, document.name(path).orElseGet(() -> document.at(path)), path,
                    "unknown property '" + name + "'"
                            + nearest(name, new ArrayList<>(known)).map(n -> " (did you mean '" + n + "'?)").orElse("")));
        });
        // A null in a list would reach the records' List.copyOf and come back as Java's words.
        int before = problems.size();
        nullsInLists(document.root(), JsonPaths.ROOT, path ->
                problems.add(ContentProblem.error(file, document.at(path), path, "null cannot be in a list; remove it")));
        if (problems.size() > before) {
            return new Mapped<>(Optional.empty(), problems);
        }
        try {
            // Unknown properties are ignored here (already reported), so the validator can still
            // run and the author sees every problem in one pass.
            T value = mapper.readerFor(type).readValue(document.root());
            return new Mapped<>(Optional.of(value), problems);
        } catch (JsonMappingException e) {
            String path = JsonPaths.of(e.getPath());
            if (e instanceof InvalidTypeIdException) {
                path = JsonPaths.child(path, "type"); // point at the type that is wrong, not the whole object
            }
            problems.add(ContentProblem.error(file, document.at(path), path,
                    message(e, document.root().at(JsonPaths.toPointer(path)))));
            return new Mapped<>(Optional.empty(), problems);
        } catch (IOException e) {
            problems.add(ContentProblem.error(file, JsonPosition.START, JsonPaths.ROOT, e.getMessage()));
            return new Mapped<>(Optional.empty(), problems);
        }
    }

    /** Every null element of an array in the tree, by path, in file order. */
    private static void nullsInLists(com.fasterxml.jackson.databind.JsonNode node, String path,
                                     java.util.function.Consumer<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = JsonPaths.index(path, i);
                if (node.get(i).isNull()) {
                    found.accept(child);
                } else {
                    nullsInLists(node.get(i), child, found);
                }
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(entry -> nullsInLists(entry.getValue(), JsonPaths.child(path, entry.getKey()), found));
        }
    }

    private static String message(JsonMappingException e, com.fasterxml.jackson.databind.JsonNode value) {
        if (e instanceof InvalidTypeIdException typeId) {
            return typeId.getTypeId() == null ? "missing 'type'" : "unknown type '" + typeId.getTypeId() + "'";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            return "'" + format.getValue() + "' is not one of: " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(RecordMapper::jsonName).collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not " + kind(format.getTargetType());
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return value != null && value.isValueNode()
                    ? "'" + value.asText() + "' is not " + kind(mismatch.getTargetType())
                    : "expected " + kind(mismatch.getTargetType()) + " here";
        }
        String text = e.getOriginalMessage();
        if (text == null) {
            return "cannot read this value";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String kind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list [ ... ]";
        }
        return "an object { ... }";
    }

    private static String jsonName(Object constant) {
        try {
            var annotation = constant.getClass().getField(((Enum<?>) constant).name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (annotation != null) {
                return annotation.value();
            }
        } catch (NoSuchFieldException ignored) {
            // fall through to the code or name
        }
        if (constant instanceof Topic topic) {
            return topic.code();
        }
        if (constant instanceof Band band) {
            return band.code();
        }
        if (constant instanceof Audience audience) {
            return audience.code();
        }
        return constant.toString();
    }

    /** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
    static Optional<String> nearest(String wrong, Collection<?> known) {
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
}
