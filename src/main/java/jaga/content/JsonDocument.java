package jaga.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON file read once into a tree, remembering where each value and property name starts, so
 * that problems found later (by the schema, the records or the validator) can still name the
 * line and column. Files that are too big, not UTF-8 or nested too deep are refused before parsing.
 */
final class JsonDocument {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_DEPTH = 64;

    /** Refuses duplicate properties and nesting past the limit; shared, as Jackson's factories and readers are thread-safe. */
    private static final JsonFactory STRICT = strictFactory();
    /** One reader for every file: a mapper per file rebuilt Jackson's caches each time. */
    private static final com.fasterxml.jackson.databind.ObjectReader TREES =
            new com.fasterxml.jackson.databind.ObjectMapper(STRICT).reader();

    private final JsonNode root;
    private final byte[] bytes;
    // Where each value and name starts. Only a file with a problem needs them, so they are
    // worked out on first use: most modules are clean, and this keeps loading them cheap.
    private Map<String, JsonPosition> starts;
    private Map<String, JsonPosition> names;

    private JsonDocument(JsonNode root, byte[] bytes) {
        this.root = root;
        this.bytes = bytes;
    }

    /**
     * Only the positions in bytes already read into records some other way (see
     * {@link RecordMapper#readClean}): there is no tree.
     */
    static JsonDocument positionsOf(byte[] bytes) {
        return new JsonDocument(null, bytes);
    }

    /** A new factory that refuses duplicate properties and nesting past the limit. */
    static JsonFactory strictFactory() {
        return JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    JsonNode root() {
        if (root == null) {
            throw new IllegalStateException("a document of positions only has no tree");
        }
        return root;
    }

    /** Why a file could not be read as JSON, and where. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient JsonPosition position;

        Unreadable(String message, JsonPosition position) {
            super(message, null, false, false);
            this.position = position;
        }

        JsonPosition position() {
            return position;
        }
    }

    static JsonDocument read(Path file) throws Unreadable {
        return parse(bytesOf(file));
    }

    /** The file's bytes, if it is small enough to be a module and UTF-8 text. */
    static byte[] bytesOf(Path file) throws Unreadable {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Unreadable("the file is " + (size / (1024 * 1024)) + " MB; module files may be at most 5 MB"
                        + " (keep pictures as separate files)", JsonPosition.START);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable("cannot read the file: " + e.getMessage(), JsonPosition.START);
        }
        requireUtf8(bytes);
        return bytes;
    }

    /** The bytes of a file (from {@link #bytesOf}) read into a tree. */
    static JsonDocument parse(byte[] bytes) throws Unreadable {
        try {
            JsonNode root = TREES.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new Unreadable("the file is empty", JsonPosition.START);
            }
            return new JsonDocument(root, bytes);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw overLimit(bytes, STRICT, e);
        } catch (JsonProcessingException e) {
            throw new Unreadable("invalid JSON: " + e.getOriginalMessage(), position(e));
        } catch (IOException e) {
            throw new Unreadable("cannot read the file: " + e.getMessage(), JsonPosition.START);
        }
    }

    /**
     * Which of Jackson's limits the file broke, in words, and where. Jackson throws one exception
     * type for all of them (nesting, a number's digits, a property name's length), mostly without a
     * location, so the file is read once more with no limits and the first value past one is found.
     */
    private static Unreadable overLimit(byte[] bytes, JsonFactory strict,
                                        com.fasterxml.jackson.core.exc.StreamConstraintsException cause) {
        com.fasterxml.jackson.core.StreamReadConstraints limits = strict.streamReadConstraints();
        JsonFactory open = JsonFactory.builder().streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints
                .builder().maxNestingDepth(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).build()).build();
        try (JsonParser parser = open.createParser(bytes)) {
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token.isStructStart() && ++depth > limits.getMaxNestingDepth()) {
                    return new Unreadable("JSON is nested deeper than " + limits.getMaxNestingDepth() + " levels",
                            position(parser));
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && parser.getTextLength() > limits.getMaxNameLength()) {
                    return new Unreadable("a property name " + parser.getTextLength() + " characters long; names may"
                            + " have at most " + limits.getMaxNameLength(), position(parser));
                } else if (token.isNumeric() && parser.getTextLength() > limits.getMaxNumberLength()) {
                    return new Unreadable("a number " + parser.getTextLength() + " digits long; numbers may have at"
                            + " most " + limits.getMaxNumberLength() + " digits", position(parser));
                } else if (token == JsonToken.VALUE_STRING && parser.getTextLength() > limits.getMaxStringLength()) {
                    return new Unreadable("a text " + parser.getTextLength() + " characters long; texts may have at"
                            + " most " + limits.getMaxStringLength(), position(parser));
                }
            }
        } catch (IOException e) {
            // fall through to Jackson's own words
        }
        return new Unreadable("the file is beyond what Jaga reads: " + cause.getOriginalMessage(), position(cause));
    }

    /**
     * UTF-8, and no NUL byte: JSON text never has one, and Jackson, given bytes with NULs in the
     * first four, takes them for UTF-16 or UTF-32 (a file saved as UTF-16 without a byte order mark
     * was read as a module). A byte order mark of UTF-16 or 32 is not UTF-8 and is refused below.
     */
    private static void requireUtf8(byte[] bytes) throws Unreadable {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new Unreadable("the file is not UTF-8 text (byte " + i + " is 0x00, as in UTF-16); save it as"
                        + " UTF-8", positionOf(bytes, i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                throw new Unreadable("the file is not UTF-8 text (byte " + offset + " is 0x"
                        + String.format("%02X", bytes[offset]) + "); save it as UTF-8", positionOf(bytes, offset));
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static JsonPosition positionOf(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonPosition(line, offset - lineStart + 1);
    }

    /** One more pass over a file already known to parse, noting where each value and name starts. */
    private synchronized void locate() {
        if (starts != null) {
            return;
        }
        Map<String, JsonPosition> valueStarts = new HashMap<>();
        Map<String, JsonPosition> nameStarts = new HashMap<>();
        Deque<Container> stack = new ArrayDeque<>();
        try (JsonParser parser = STRICT.createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    Container object = stack.peek();
                    object.pendingName = parser.currentName();
                    nameStarts.put(JsonPaths.child(object.path, object.pendingName), position(parser));
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String path = stack.isEmpty() ? JsonPaths.ROOT : stack.peek().childPath();
                valueStarts.put(path, position(parser));
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    stack.push(new Container(path, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            // The file parsed once already; if it changed since, positions fall back to the start.
        }
        starts = valueStarts;
        names = nameStarts;
    }

    private static JsonPosition position(JsonParser parser) {
        return position(parser.currentTokenLocation());
    }

    private static JsonPosition position(JsonProcessingException e) {
        return position(e.getLocation());
    }

    static JsonPosition position(com.fasterxml.jackson.core.JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return JsonPosition.START;
        }
        return new JsonPosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** Where the property name at this path is written, if the path ends in a property. */
    Optional<JsonPosition> name(String path) {
        locate();
        return Optional.ofNullable(names.get(path));
    }

    /** The start of the value at this path, or of its nearest ancestor that exists. */
    JsonPosition at(String path) {
        locate();
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
        String pendingName;
        int nextIndex;

        Container(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String childPath() {
            return array ? JsonPaths.index(path, nextIndex++) : JsonPaths.child(path, pendingName);
        }
    }
}
