package jaga.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonParser;
import jaga.files.JsonPlace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jackson found wrong while reading an export into records, said as Jaga says it: the path,
 * the value written there and what was expected ({@code learners[0].lessons[0].stepIndex: '4' is not
 * a whole number}), never a Java type or class name.
 */
final class ExportErrors {
    private static final Pattern NUMBER = Pattern.compile("\\((-?[0-9][0-9.eE+-]*)\\)");

    private ExportErrors() {}

    static String describe(JsonProcessingException e, Path file) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "it is cut short or changed: " + ParserMessages.firstLine(e.getOriginalMessage()) + " ("
                    + ParserMessages.where(e.getLocation()) + ")";
        }
        String path = path(mapping.getPath());
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            List<JsonMappingException.Reference> references = mapping.getPath();
            String parent = path(references.subList(0, Math.max(0, references.size() - 1)));
            return (parent.isEmpty() ? "" : parent + ": ") + "unknown field '" + unknown.getPropertyName() + "'";
        }
        Throwable cause = mapping;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof InputCoercionException coercion) {
            Matcher number = NUMBER.matcher(String.valueOf(coercion.getOriginalMessage()));
            return path + ": " + (number.find() ? number.group(1) : "the number") + " is too large a number here";
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String kind = kind(mismatch.getTargetType());
            Value value = valueAt(file, path);
            if (value == null) {
                return path + ": expected " + kind;
            }
            if (value.token() == JsonToken.VALUE_NULL) {
                return path + ": missing";
            }
            if (value.token().isStructStart()) {
                return path + ": expected " + kind + ", not " + (value.token() == JsonToken.START_ARRAY ? "a list" : "an object");
            }
            String shown = value.token() == JsonToken.VALUE_STRING ? ExportCheck.quoted(value.text()) : value.text();
            return path + ": " + shown + " is not " + kind;
        }
        String message = ParserMessages.firstLine(mapping.getOriginalMessage()).replaceAll("`[^`]*`", "this value");
        return (path.isEmpty() ? "" : path + ": ") + message;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    /** A value as written in the file: its kind of token and its text (up to the text limit). */
    record Value(JsonToken token, String text) {}

    /** The value at {@code target} (a path as {@link JsonPlace} writes it), read again from the file; null if not found. */
    static Value valueAt(Path file, String target) {
        Deque<JsonPlace> stack = new ArrayDeque<>();
        try (JsonParser parser = ExportFile.factory().createParser(file.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    stack.peek().name(parser.currentName());
                    continue;
                }
                if (token.isStructEnd()) {
                    stack.pop();
                    continue;
                }
                String path = stack.isEmpty() ? "" : stack.peek().childPath();
                if (path.equals(target)) {
                    return new Value(token, token.isScalarValue() ? parser.getText() : "");
                }
                if (token.isStructStart()) {
                    stack.push(new JsonPlace("", path, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
