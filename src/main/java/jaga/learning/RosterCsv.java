package jaga.learning;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A roster file's bytes as CSV records: UTF-8 only (with or without a byte order mark; anything
 * else is refused with how to save it as UTF-8), RFC 4180 quotes, the separator (comma,
 * semicolon or tab) told apart by the first lines, blank lines and rows of empty cells skipped.
 * What the records mean is {@link Roster}'s job.
 */
final class RosterCsv {
    private RosterCsv() {}

    /** The non-blank records of the file, each with the line it starts on. */
    static List<Record> records(byte[] bytes) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Reader(text).records();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Roster.Refused(Roster.Refused.Reason.NOT_UTF8, List.of(), "The file is not UTF-8 text. In Excel choose \"Save as\", then \"CSV UTF-8\";"
                    + " in LibreOffice choose the character set \"Unicode (UTF-8)\".");
        }
    }

    record Record(int line, List<String> fields, char separator) {
        String field(Integer column) {
            return column == null || column >= fields.size() ? "" : fields.get(column);
        }
    }

    /**
     * RFC 4180, with the separator taken from the first lines: whichever of ',', ';' and tab is on
     * most of them (outside quotes), ',' when none is.
     */
    private static final class Reader {
        private final String text;
        private int at;
        private int line = 1;
        private char separator = ',';

        Reader(String text) {
            this.text = text;
        }

        private static char separatorOf(String text) {
            List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(Roster.HEADER_SEARCH)
                    .map(l -> l.replaceAll("\"[^\"]*\"", "")).toList();
            char best = ',';
            long bestLines = 0;
            for (char candidate : new char[] {',', ';', '\t'}) {
                long withIt = lines.stream().filter(l -> l.indexOf(candidate) >= 0).count();
                if (withIt > bestLines) {
                    best = candidate;
                    bestLines = withIt;
                }
            }
            return best;
        }

        List<Record> records() {
            separator = separatorOf(text);
            List<Record> records = new ArrayList<>();
            while (at < text.length()) {
                int start = line;
                List<String> fields = record();
                // A spreadsheet's empty rows come as ",,,": as blank as an empty line.
                boolean blank = fields.stream().allMatch(String::isBlank);
                if (!blank) {
                    records.add(new Record(start, fields, separator));
                    if (records.size() > Roster.MAX_ROWS + 1 + Roster.HEADER_SEARCH) {
                        break; // reported as too many rows; no need to read the rest
                    }
                }
            }
            return records;
        }

        private List<String> record() {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean onlySpaces = true; // a quote after leading spaces still opens a quoted field
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '"' && onlySpaces) {
                    field.setLength(0);
                    onlySpaces = false;
                    quoted(field);
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    onlySpaces = true;
                    at++;
                } else if (c == '\r' || c == '\n') {
                    endOfLine();
                    fields.add(field.toString());
                    return fields;
                } else {
                    onlySpaces &= Character.isWhitespace(c);
                    field.append(c);
                    at++;
                }
            }
            fields.add(field.toString());
            return fields;
        }

        /** A quoted field: "" is one quote, separators and line breaks are part of the text. */
        private void quoted(StringBuilder field) {
            int opened = line;
            at++;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '"') {
                    if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
                        field.append('"');
                        at += 2;
                        continue;
                    }
                    at++;
                    return; // text after the closing quote, if any, is kept as it is
                }
                if (c == '\r' || c == '\n') {
                    field.append('\n');
                    endOfLine();
                    continue;
                }
                field.append(c);
                at++;
            }
            throw new Roster.Refused(Roster.Refused.Reason.QUOTE_NOT_CLOSED, List.of(String.valueOf(opened)),
                    "Line " + opened + " opens a quote (\") that is never closed, so the rest of the file"
                    + " cannot be read. Check that line in a text editor.");
        }

        private void endOfLine() {
            if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
                at++;
            }
            at++;
            line++;
        }
    }
}
