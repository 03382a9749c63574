package jaga.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a JSON document starts, by JSON path, so that problems found after
 * parsing (a missing translation, a duplicate id) can still name the line and column.
 */
final class JsonLocations {
    private final Map<String, JsonPosition> starts;
    private final Map<String, JsonPosition> names;

    private JsonLocations(Map<String, JsonPosition> starts, Map<String, JsonPosition> names) {
        this.starts = starts;
        this.names = names;
    }

    /** Reads the whole document once; a syntax error surfaces as the parser's exception. */
    static JsonLocations scan(JsonFactory factory, byte[] json) throws IOException {
        Map<String, JsonPosition> starts = new HashMap<>();
        Map<String, JsonPosition> names = new HashMap<>();
        Deque<Container> stack = new ArrayDeque<>();
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    names.put(JsonPaths.child(stack.peek().path, parser.currentName()), position(parser.currentTokenLocation()));
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String path = stack.isEmpty() ? JsonPaths.ROOT : stack.peek().childPath(parser);
                starts.put(path, position(parser.currentTokenLocation()));
                if (token == JsonToken.START_OBJECT) {
                    stack.push(new Container(path, false));
                } else if (token == JsonToken.START_ARRAY) {
                    stack.push(new Container(path, true));
                }
            }
        }
        return new JsonLocations(starts, names);
    }

    static JsonPosition position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return JsonPosition.START;
        }
        return new JsonPosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** Where the property name at this path is written, if the path ends in a property. */
    Optional<JsonPosition> name(String path) {
        return Optional.ofNullable(names.get(path));
    }

    /** The start of the value at this path, or of its nearest ancestor that exists. */
    JsonPosition at(String path) {
        String current = path;
        while (true) {
            JsonPosition found = starts.get(current);
            if (found != null) {
                return found;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            if (cut <= 0) {
                return starts.getOrDefault(JsonPaths.ROOT, JsonPosition.START);
            }
            current = current.substring(0, cut);
        }
    }

    private static final class Container {
        final String path;
        final boolean array;
        int nextIndex;

        Container(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String childPath(JsonParser parser) throws IOException {
            if (array) {
                return JsonPaths.index(path, nextIndex++);
            }
            return JsonPaths.child(path, parser.currentName());
        }
    }
}
