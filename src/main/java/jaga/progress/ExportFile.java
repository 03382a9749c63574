package jaga.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jaga.files.JsonPlace;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first reading of an export file that keeps nothing: its size, that it is UTF-8, and every limit
 * of {@link DataTransfer} (nesting, lists, values, texts, numbers, names given twice, null in a list),
 * each found with its place, before the file is read into records. Lists are counted as they go by,
 * so a list of a hundred million entries is refused at its 100,001st, not read whole. It also notes
 * the file's {@code format} and {@code formatVersion}, so that a file from a newer Jaga is called
 * newer and not damaged.
 */
final class ExportFile {
    private static final Pattern JACKSON_COUNT = Pattern.compile("\\((\\d+)\\)");

    private ExportFile() {}

    /** The kinds of trouble, for telling "damaged" from "not an export". */
    enum Kind { TOO_BIG, NOT_UTF8, NOT_JSON, LIMIT }

    /** The first thing wrong, in words, with its place when it has one. */
    record Problem(Kind kind, String detail) {}

    /**
     * What the reading found: {@code object} whether the file is a JSON object at all; the top-level
     * {@code format} (null if not seen) and {@code formatVersion} token (null if not seen); and the
     * first problem, or null.
     */
    record Scan(boolean empty, boolean object, String format, JsonToken versionToken, String versionText, Problem problem) {}

    /** The parser settings for both readings (this one and the records'): Jaga's limits, and a name given twice refused. */
    static JsonFactory factory() {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(DataTransfer.MAX_DEPTH)
                        .maxStringLength(DataTransfer.MAX_TEXT)
                        .maxNumberLength(DataTransfer.MAX_NUMBER)
                        .maxNameLength(DataTransfer.MAX_NAME)
                        .build())
                .build();
    }

    static Scan scan(Path file) throws IOException {
        long size = Files.size(file);
        if (size > DataTransfer.MAX_BYTES) {
            return new Scan(false, false, null, null, null, new Problem(Kind.TOO_BIG, String.format(Locale.ROOT,
                    "the file is %,d bytes; an export may be at most %,d (%d MB)", size, DataTransfer.MAX_BYTES,
                    DataTransfer.MAX_BYTES / (1024 * 1024))));
        }
        Problem encoding = utf8(file);
        if (encoding != null) {
            return new Scan(size == 0, false, null, null, null, encoding);
        }
        Reading reading = new Reading();
        try (JsonParser parser = factory().createParser(file.toFile())) {
            reading.read(parser);
        }
        return new Scan(reading.empty, reading.object, reading.format, reading.versionToken, reading.versionText,
                reading.problem);
    }

    /** UTF-8 throughout, and no NUL byte (JSON never has one; a file with NULs is UTF-16 or UTF-32, which Jackson would guess). */
    private static Problem utf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] chunk = new byte[64 * 1024];
        ByteBuffer in = ByteBuffer.allocate(chunk.length + 8);
        CharBuffer out = CharBuffer.allocate(chunk.length + 8);
        long consumed = 0;
        try (InputStream stream = Files.newInputStream(file)) {
            while (true) {
                int read = stream.read(chunk);
                boolean end = read < 0;
                if (!end) {
                    for (int i = 0; i < read; i++) {
                        if (chunk[i] == 0) {
                            return new Problem(Kind.NOT_UTF8, "it is not UTF-8 text (byte " + (consumed + in.position() + i)
                                    + " is 0x00, as in UTF-16); Jaga writes exports in UTF-8");
                        }
                    }
                    in.put(chunk, 0, read);
                }
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    long at = consumed + in.position();
                    return new Problem(Kind.NOT_UTF8, String.format(Locale.ROOT, "it is not UTF-8 text (byte %d is 0x%02X);"
                            + " Jaga writes exports in UTF-8", at, in.get(in.position())));
                }
                consumed += in.position() - before;
                in.compact();
                out.clear();
                if (end) {
                    return null;
                }
            }
        }
    }

    /** One pass over the tokens, with the path of each, counting and checking as it goes. */
    private static final class Reading {
        private final Deque<JsonPlace> stack = new ArrayDeque<>();
        private boolean empty = true;
        private boolean object;
        private String format;
        private JsonToken versionToken;
        private String versionText;
        private Problem problem;
        private long values;
        private String pendingName;
        private String textPath;

        void read(JsonParser parser) {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (empty) {
                        empty = false;
                        object = token == JsonToken.START_OBJECT;
                        if (!object) {
                            return; // not an export; what it is instead is for the caller to say
                        }
                    }
                    if (token == JsonToken.FIELD_NAME) {
                        pendingName = parser.currentName();
                        stack.peek().name(pendingName);
                        continue;
                    }
                    if (token.isStructEnd()) {
                        stack.pop();
                        continue;
                    }
                    JsonPlace parent = stack.peek();
                    String path = parent == null ? "" : parent.childPath();
                    if (++values > DataTransfer.MAX_VALUES) {
                        problem = limit(String.format(Locale.ROOT, "more than %,d values in all (at %s, %s); an export"
                                + " has at most %,d", DataTransfer.MAX_VALUES, path, ParserMessages.where(parser), DataTransfer.MAX_VALUES));
                        return;
                    }
                    if (parent != null && parent.isArray()) {
                        if (parent.count() > DataTransfer.MAX_LIST) {
                            problem = limit(String.format(Locale.ROOT, "the list at %s has more than %,d entries (%s); an"
                                    + " export's lists have at most %,d", parent.path(), DataTransfer.MAX_LIST, ParserMessages.where(parser),
                                    DataTransfer.MAX_LIST));
                            return;
                        }
                        if (token == JsonToken.VALUE_NULL) {
                            problem = limit("null in a list at " + path + " (" + ParserMessages.where(parser) + ")");
                            return;
                        }
                    }
                    if (token == JsonToken.VALUE_STRING) {
                        // Reading the text is what makes the parser hold it to the length limit.
                        textPath = path;
                        parser.getTextLength();
                        textPath = null;
                    }
                    if (stack.size() == 1 && !parent.isArray()) {
                        if ("format".equals(parent.name())) {
                            format = token == JsonToken.VALUE_STRING ? parser.getText() : "";
                        } else if ("formatVersion".equals(parent.name())) {
                            versionToken = token;
                            versionText = token.isScalarValue() ? parser.getText() : null;
                        }
                    }
                    if (token.isStructStart()) {
                        stack.push(new JsonPlace("", path, token == JsonToken.START_ARRAY));
                    }
                }
            } catch (StreamConstraintsException e) {
                problem = limit(overLimit(e, ParserMessages.where(parser), textPath != null ? textPath : nextPath(parser)));
            } catch (JsonProcessingException e) {
                String message = e.getOriginalMessage();
                if (message != null && message.startsWith("Duplicate field '")) {
                    String name = message.substring("Duplicate field '".length(), message.indexOf('\'', 17));
                    problem = limit("'" + name + "' is given twice at " + (stack.isEmpty() ? "" : stack.peek().path())
                            + " (" + ParserMessages.where(e.getLocation()) + ")");
                } else {
                    problem = new Problem(Kind.NOT_JSON, ParserMessages.firstLine(message) + " (" + ParserMessages.where(e.getLocation()) + ")");
                }
            } catch (IOException e) {
                problem = new Problem(Kind.NOT_JSON, "it could not be read to the end: " + e.getMessage());
            }
        }

        /** Jackson says which of its limits it met only in words; the path is ours. */
        private String overLimit(StreamConstraintsException e, String where, String at) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            Matcher count = JACKSON_COUNT.matcher(message);
            String length = count.find() ? count.group(1) : "?";
            if (message.startsWith("Number value length")) {
                return "a number " + length + " digits long at " + at + " (" + where + "); numbers have at most "
                        + DataTransfer.MAX_NUMBER + " characters";
            }
            if (message.startsWith("String value length")) {
                return String.format(Locale.ROOT, "a text of more than %,d characters at %s (%s); texts have at most %,d",
                        DataTransfer.MAX_TEXT, at, where, DataTransfer.MAX_TEXT);
            }
            if (message.startsWith("Name length")) {
                return "a field name of more than " + DataTransfer.MAX_NAME + " characters at "
                        + (stack.isEmpty() ? "" : stack.peek().path()) + " (" + where + ")";
            }
            if (message.startsWith("Document nesting depth")) {
                return "nested deeper than " + DataTransfer.MAX_DEPTH + " levels at " + at + " (" + where + ")";
            }
            return "beyond what Jaga reads at " + at + " (" + where + "): " + ParserMessages.firstLine(message);
        }

        /**
         * The path the value being read when a limit struck would have had. The parser reads a value
         * ahead, together with the name before it, so the name is the parser's, not the last one seen.
         */
        private String nextPath(JsonParser parser) {
            JsonPlace parent = stack.peek();
            if (parent == null) {
                return "";
            }
            String name = parent.name();
            try {
                if (parser.currentName() != null) {
                    name = parser.currentName();
                }
            } catch (IOException e) {
                // the last name seen will do
            }
            return parent.isArray() ? JsonPlace.index(parent.path(), parent.count()) : JsonPlace.child("", parent.path(), name);
        }

        private static Problem limit(String detail) {
            return new Problem(Kind.LIMIT, detail);
        }
    }
}
