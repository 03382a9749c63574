package jaga.learning;

import jaga.content.Band;
import jaga.progress.Names;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A class roster as a teacher saves it from a spreadsheet: CSV with a header naming the columns
 * {@code name}, {@code band} and (optionally) {@code class}, in any order and any case; other
 * columns are ignored. UTF-8 with or without a byte order mark; RFC 4180 quotes; commas, or
 * semicolons as some Excel versions write (told apart by the header). Blank lines are skipped.
 * Reading never stops at a bad row: every row is checked, and each problem carries its line.
 */
public final class Roster {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    /** Longer than any real child's name, short enough to fit on a profile tile and a certificate. */
    public static final int MAX_NAME = 60;
    public static final int MAX_CLASS_NAME = 60;
    static final List<String> BAND_WORDS = List.of("7-9", "10-12", "13-17");

    private Roster() {}

    /** One good row: a learner to add, with the band as its code and the class name, if any. */
    public record Row(int line, String name, Band band, String className) {
        public boolean hasClass() {
            return className != null;
        }
    }

    /**
     * What is wrong with one row (line counted from 1, the header being line 1), in words a teacher
     * can act on. {@code detail} is the one value a translated message needs (the band written, the
     * line of the first copy, the length limit), else empty; the screens' keys are
     * {@code roster.problem.<kind>} with it as {0}.
     */
    public record Problem(int line, Kind kind, String detail, String message) {
        public Problem(int line, Kind kind, String message) {
            this(line, kind, "", message);
        }

        public String format() {
            return "line " + line + ": " + message;
        }
    }

    /** Kinds of row problem, for a screen that says them in the adult's language. */
    public enum Kind { EMPTY_NAME, NAME_TOO_LONG, NAME_HAS_CONTROL, UNKNOWN_BAND, CLASS_TOO_LONG, DUPLICATE_ROW,
        ALREADY_IN_CLASS, ALREADY_IN_JAGA }

    /** The rows that can be imported and the rows that cannot. */
    public record Parsed(List<Row> rows, List<Problem> problems) {
        public Parsed {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    /** The whole file cannot be read as a roster; nothing in it is used. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * Reads the file's bytes into good rows and problems. Throws {@link Refused} for a file that is
     * not a roster at all: too big, not UTF-8, no header with name and band, a quote never closed.
     */
    public static Parsed parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Refused("The file is larger than 5 MB, too big for a class roster. Split it into smaller files.");
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = new Reader(text).records();
        if (records.isEmpty()) {
            throw new Refused("The file is empty. A roster needs a first line naming the columns: name,band,class.");
        }
        Record header = records.get(0);
        Map<String, Integer> columns = columns(header);
        if (records.size() - 1 > MAX_ROWS) {
            throw new Refused("The file has " + (records.size() - 1) + " rows; Jaga imports at most " + MAX_ROWS
                    + " at a time. Split it into smaller files.");
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Record record : records.subList(1, records.size())) {
            String name = Names.clean(record.field(columns.get("name")));
            String bandText = record.field(columns.get("band")).strip();
            Integer classColumn = columns.get("class");
            String className = classColumn == null ? "" : Names.clean(record.field(classColumn));
            int line = record.line();
            Problem problem = null;
            Band band = band(bandText);
            if (name.isEmpty()) {
                problem = new Problem(line, Kind.EMPTY_NAME, "the name is empty");
            } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
                problem = new Problem(line, Kind.NAME_TOO_LONG, String.valueOf(MAX_NAME),
                        "the name is longer than " + MAX_NAME + " characters");
            } else if (hasControl(name) || hasControl(className)) {
                problem = new Problem(line, Kind.NAME_HAS_CONTROL,
                        "the name or class has a line break or a control character in it");
            } else if (band == null) {
                problem = new Problem(line, Kind.UNKNOWN_BAND, bandText, bandText.isEmpty()
                        ? "the band is empty; use 7-9, 10-12 or 13-17"
                        : "unknown band \"" + bandText + "\"; use 7-9, 10-12 or 13-17");
            } else if (className.codePointCount(0, className.length()) > MAX_CLASS_NAME) {
                problem = new Problem(line, Kind.CLASS_TOO_LONG, String.valueOf(MAX_CLASS_NAME),
                        "the class name is longer than " + MAX_CLASS_NAME + " characters");
            } else {
                String key = fold(name) + "\u0000" + fold(className);
                Integer first = seen.putIfAbsent(key, line);
                if (first != null) {
                    problem = new Problem(line, Kind.DUPLICATE_ROW, String.valueOf(first), "\"" + name + "\""
                            + (className.isEmpty() ? "" : " in " + className) + " is already on line " + first);
                }
            }
            if (problem != null) {
                problems.add(problem);
            } else {
                rows.add(new Row(line, name, band, className.isEmpty() ? null : className));
            }
        }
        return new Parsed(rows, problems);
    }

    /** "7-9", "10-12", "13-17", with spaces or an en dash ("7 – 9") as spreadsheets sometimes write them. */
    static Band band(String text) {
        String clean = text.replaceAll("\\s+", "").replace('\u2013', '-').replace('\u2014', '-');
        return BAND_WORDS.contains(clean) ? Band.fromCode(clean).orElse(null) : null;
    }

    /** Names compared as {@link Names#key}: look-alike spellings (zero-width, bidirectional controls) are one name. */
    static String fold(String text) {
        return Names.key(text);
    }

    private static boolean hasControl(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("The file is not UTF-8 text. In Excel choose \"Save as\", then \"CSV UTF-8\";"
                    + " in LibreOffice choose the character set \"Unicode (UTF-8)\".");
        }
    }

    private static Map<String, Integer> columns(Record header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String column = fold(header.fields().get(i));
            if (!column.isEmpty() && columns.putIfAbsent(column, i) != null
                    && List.of("name", "band", "class").contains(column)) {
                throw new Refused("The first line names the column \"" + column + "\" twice.");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String needed : List.of("name", "band")) {
            if (!columns.containsKey(needed)) {
                missing.add(needed);
            }
        }
        if (!missing.isEmpty()) {
            throw new Refused("The first line must name the columns name, band and (if learners go into classes) class;"
                    + " it has no " + String.join(" and no ", missing) + " column. It reads: "
                    + String.join(header.separator() == ';' ? ";" : ",", header.fields()));
        }
        return columns;
    }

    private record Record(int line, List<String> fields, char separator) {
        String field(Integer column) {
            return column == null || column >= fields.size() ? "" : fields.get(column);
        }
    }

    /** RFC 4180, with the separator taken from the header: ';' if it has one and no ','. */
    private static final class Reader {
        private final String text;
        private int at;
        private int line = 1;
        private char separator = ',';

        Reader(String text) {
            this.text = text;
        }

        List<Record> records() {
            String firstLine = text.lines().findFirst().orElse("");
            if (firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0) {
                separator = ';';
            }
            List<Record> records = new ArrayList<>();
            while (at < text.length()) {
                int start = line;
                List<String> fields = record();
                boolean blank = fields.size() == 1 && fields.get(0).isBlank();
                if (!blank) {
                    records.add(new Record(start, fields, separator));
                    if (records.size() > MAX_ROWS + 1) {
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
            throw new Refused("Line " + opened + " opens a quote (\") that is never closed, so the rest of the file"
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
