package jaga.learning;

import jaga.model.Band;
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
 * A class roster as a teacher saves it from a spreadsheet: CSV with a header line naming the
 * columns in English or Malay, in any order and any case ({@link RosterColumns}): the learner's
 * name ({@code Name}, {@code Nama}, {@code Nama Murid}...), their band, age or school year
 * ({@code Band}, {@code Umur}, {@code Tahun}, {@code Tingkatan}...; read by {@link RosterBands}) and,
 * optionally, their class ({@code Class}, {@code Kelas}); other columns ({@code Bil},
 * {@code Jantina}) are ignored, and title lines above the header are skipped. UTF-8 with or without a
 * byte order mark; RFC 4180 quotes; commas, semicolons (as some Excel versions write) or tabs, told
 * apart by the first lines. Blank lines are skipped. Reading never stops at a bad row: every row is
 * checked, and each problem carries its line, the learner's name and what to change.
 */
public final class Roster {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    /** Longer than any real child's name, short enough to fit on a profile tile and a certificate. */
    public static final int MAX_NAME = 60;
    public static final int MAX_CLASS_NAME = 60;

    private Roster() {}

    /** One good row: a learner to add, with the band as its code and the class name, if any. */
    public record Row(int line, String name, Band band, String className) {
        public boolean hasClass() {
            return className != null;
        }
    }

    /**
     * What is wrong with one row (line counted from 1, the header being line 1), in words a teacher
     * can act on: what is wrong and what to change. {@code detail} is the one value a translated
     * message needs (the band written, the line of the first copy, the length limit), else empty;
     * {@code suggestion} a band it probably meant (a date that was 10-12), else empty; {@code learner}
     * the name on the row, else empty. The screens' keys are {@code roster.problem.<kind>} with
     * detail as {0} and suggestion as {1}.
     */
    public record Problem(int line, Kind kind, String detail, String message, String learner, String suggestion) {
        public Problem {
            learner = learner == null ? "" : learner;
            suggestion = suggestion == null ? "" : suggestion;
        }

        public Problem(int line, Kind kind, String message) {
            this(line, kind, "", message);
        }

        public Problem(int line, Kind kind, String detail, String message) {
            this(line, kind, detail, message, "", "");
        }

        /** The same problem, naming the learner on its row. */
        public Problem about(String learnerName) {
            return new Problem(line, kind, detail, message, learnerName == null ? "" : learnerName.strip(), suggestion);
        }

        /** "line 5 (Aina Sofea): ..." or, for a row without a name, "line 5: ...". */
        public String format() {
            return "line " + line + (learner.isEmpty() ? "" : " (" + learner + ")") + ": " + message;
        }
    }

    /** Kinds of row problem, for a screen that says them in the adult's language. */
    public enum Kind { EMPTY_NAME, NAME_TOO_LONG, NAME_HAS_CONTROL, UNKNOWN_BAND, CLASS_TOO_LONG, DUPLICATE_ROW,
        ALREADY_IN_CLASS, ALREADY_IN_JAGA, NO_BAND, BAND_LOOKS_LIKE_DATE, AGE_OUT_OF_RANGE, YEAR_OUT_OF_RANGE,
        YEAR_AMBIGUOUS, EXAMPLE_ROW }

    /** The rows that can be imported and the rows that cannot. */
    public record Parsed(List<Row> rows, List<Problem> problems) {
        public Parsed {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    /**
     * The whole file cannot be read as a roster; nothing in it is used. The message is English (for
     * the command line and the logs); {@code reason} and {@code details} let a screen say it in the
     * adult's language ({@code roster.refused.<reason>} with the details as {0}, {1}...).
     */
    public static final class Refused extends RuntimeException {
        /** Why a file is not a roster. */
        public enum Reason { TOO_BIG, TOO_MANY_ROWS, EMPTY, NOT_UTF8, NO_NAME_COLUMN, NO_BAND_COLUMN,
            NO_NAME_OR_BAND_COLUMN, COLUMN_TWICE, QUOTE_NOT_CLOSED, UNREADABLE }

        private final Reason reason;
        private final transient List<String> details;

        public Refused(String message) {
            this(Reason.UNREADABLE, List.of(), message);
        }

        public Refused(Reason reason, List<String> details, String message) {
            super(message);
            this.reason = reason;
            this.details = List.copyOf(details);
        }

        public Reason reason() {
            return reason;
        }

        public List<String> details() {
            return details;
        }
    }

    /** What the header must have, in words for the messages that refuse a file. */
    static final String HEADER_NEEDS = "The first line must name the columns: the learner's name (Name or Nama),"
            + " and their band, age or school year (Band, Age, Year or Form; Kumpulan umur, Umur, Tahun or Tingkatan);"
            + " a class (Class or Kelas) is optional.";

    /**
     * Reads the file's bytes into good rows and problems. Throws {@link Refused} for a file that is
     * not a roster at all: too big, not UTF-8, no header with a name and a band, age or school year,
     * a quote never closed.
     */
    public static Parsed parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Refused(Refused.Reason.TOO_BIG, List.of(),
                    "The file is larger than 5 MB, too big for a class roster. Split it into smaller files.");
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = new Reader(text).records();
        if (records.isEmpty()) {
            throw new Refused(Refused.Reason.EMPTY, List.of(), "The file is empty. " + HEADER_NEEDS);
        }
        int headerIndex = headerIndex(records);
        Record header = records.get(headerIndex);
        RosterColumns columns = columns(header);
        List<Record> body = records.subList(headerIndex + 1, records.size());
        if (body.size() > MAX_ROWS) {
            throw new Refused(Refused.Reason.TOO_MANY_ROWS, List.of(String.valueOf(body.size()), String.valueOf(MAX_ROWS)),
                    "The file has " + body.size() + " rows; Jaga imports at most " + MAX_ROWS
                    + " at a time. Split it into smaller files.");
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Record record : body) {
            // Names as Jaga stores and compares them (Names): look-alike spellings are one name.
            String name = Names.clean(name(record, columns));
            Integer classColumn = columns.column(RosterColumns.Role.CLASS);
            String className = classColumn == null ? "" : Names.clean(record.field(classColumn));
            int line = record.line();
            Problem problem = null;
            RosterBands.Reading reading = band(record, columns);
            if (name.isEmpty()) {
                problem = new Problem(line, Kind.EMPTY_NAME, "the name is empty; type the learner's name, or delete the line");
            } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
                problem = new Problem(line, Kind.NAME_TOO_LONG, String.valueOf(MAX_NAME),
                        "the name is longer than " + MAX_NAME + " characters; shorten it");
            } else if (hasControl(name) || hasControl(className)) {
                problem = new Problem(line, Kind.NAME_HAS_CONTROL,
                        "the name or class has a line break or a control character in it; type it again on one line");
            } else if (RosterTemplate.isExampleClass(className)) {
                problem = new Problem(line, Kind.EXAMPLE_ROW, className,
                        "this is an example row from the template; delete it before importing");
            } else if (!reading.ok()) {
                problem = bandProblem(line, reading);
            } else if (className.codePointCount(0, className.length()) > MAX_CLASS_NAME) {
                problem = new Problem(line, Kind.CLASS_TOO_LONG, String.valueOf(MAX_CLASS_NAME),
                        "the class name is longer than " + MAX_CLASS_NAME + " characters; shorten it");
            } else {
                String key = fold(name) + "\u0000" + fold(className);
                Integer first = seen.putIfAbsent(key, line);
                if (first != null) {
                    problem = new Problem(line, Kind.DUPLICATE_ROW, String.valueOf(first), "\"" + name + "\""
                            + (className.isEmpty() ? "" : " in " + className) + " is already on line " + first
                            + "; delete this line, or if they are two children, add something to tell them apart"
                            + " (such as an initial)");
                }
            }
            if (problem != null) {
                problems.add(problem.about(name));
            } else {
                rows.add(new Row(line, name, reading.band(), className.isEmpty() ? null : className));
            }
        }
        return new Parsed(rows, problems);
    }

    /** The learner's name: the name column, or the first and last names together. */
    private static String name(Record record, RosterColumns columns) {
        Integer nameColumn = columns.column(RosterColumns.Role.NAME);
        if (nameColumn != null) {
            return record.field(nameColumn).strip();
        }
        String first = record.field(columns.column(RosterColumns.Role.FIRST_NAME)).strip();
        String last = record.field(columns.column(RosterColumns.Role.LAST_NAME)).strip();
        return (first + " " + last).strip();
    }

    /**
     * The row's band from the first of its band, age and school-year cells that gives one; when
     * none does, the problem with the first cell that has something in it.
     */
    private static RosterBands.Reading band(Record record, RosterColumns columns) {
        RosterBands.Reading firstProblem = null;
        for (RosterColumns.Role role : columns.bandRoles()) {
            RosterBands.Reading reading = RosterBands.read(record.field(columns.column(role)), role.bandColumn());
            if (reading == null) {
                continue;
            }
            if (reading.ok()) {
                return reading;
            }
            if (firstProblem == null) {
                firstProblem = reading;
            }
        }
        return firstProblem != null ? firstProblem : RosterBands.Reading.problem(Kind.NO_BAND, "");
    }

    /** What is wrong with a row's band, age or school year, and what to write instead. */
    private static Problem bandProblem(int line, RosterBands.Reading reading) {
        String cell = reading.detail();
        String message = switch (reading.problem()) {
            case NO_BAND -> "there is no band, age or school year; write 7-9, 10-12 or 13-17, or the child's age";
            case BAND_LOOKS_LIKE_DATE -> reading.suggestion().isEmpty()
                    ? "\"" + cell + "\" looks like a date: the spreadsheet changed what was typed into a date."
                    + " Format the column as Text, type the band (7-9, 10-12 or 13-17) or the age again,"
                    + " and save the CSV again"
                    : "\"" + cell + "\" looks like a date: the spreadsheet probably changed " + reading.suggestion()
                    + " into a date. Type Ages " + reading.suggestion() + " instead (spreadsheets keep that as text),"
                    + " or format the column as Text and type " + reading.suggestion() + " again, then save the CSV again";
            case AGE_OUT_OF_RANGE -> "the age \"" + cell + "\" is outside Jaga's bands (7 to 17 years); check it,"
                    + " or write the band (7-9, 10-12 or 13-17)";
            case YEAR_OUT_OF_RANGE -> "\"" + cell + "\" is outside Jaga's bands (Tahun 1 to Tingkatan 5, ages 7 to 17);"
                    + " write the band (7-9, 10-12 or 13-17) if they should still use Jaga";
            case YEAR_AMBIGUOUS -> "\"" + cell + "\" could be Tahun " + cell + " or Tingkatan " + cell + "; write Tahun "
                    + cell + " or Tingkatan " + cell + " (or the band: 7-9, 10-12 or 13-17)";
            default -> "\"" + cell + "\" is not a band, age or school year Jaga knows; write 7-9, 10-12 or 13-17,"
                    + " the child's age (7 to 17) or the school year (Tahun 1-6, Tingkatan 1-5)";
        };
        return new Problem(line, reading.problem(), cell, message, "", reading.suggestion());
    }

    /** "7-9", "10-12", "13-17", with spaces or an en dash ("7 – 9"), and Jaga's own words ("Ages 10-12"). */
    static Band band(String text) {
        RosterBands.Reading reading = RosterBands.read(text, RosterBands.Column.BAND_OR_AGE);
        return reading == null || !reading.ok() ? null : reading.band();
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
            throw new Refused(Refused.Reason.NOT_UTF8, List.of(), "The file is not UTF-8 text. In Excel choose \"Save as\", then \"CSV UTF-8\";"
                    + " in LibreOffice choose the character set \"Unicode (UTF-8)\".");
        }
    }

    /**
     * The header line: the first of the first lines that names a name column and a band, age or
     * school-year column (title lines such as "SENARAI NAMA MURID 5 BESTARI" may come before it);
     * failing that, the first line naming any column Jaga knows, or else the first line, for the
     * message to say what it lacks.
     */
    private static int headerIndex(List<Record> records) {
        int look = Math.min(records.size(), HEADER_SEARCH);
        Integer anyKnown = null;
        for (int i = 0; i < look; i++) {
            List<String> fields = records.get(i).fields();
            boolean name = fields.stream().map(RosterColumns::role).anyMatch(r -> r.filter(
                    role -> role == RosterColumns.Role.NAME || role == RosterColumns.Role.FIRST_NAME).isPresent());
            boolean band = fields.stream().map(RosterColumns::role).anyMatch(r -> r.filter(
                    RosterColumns.BAND_ROLES::contains).isPresent());
            if (name && band) {
                return i;
            }
            if (anyKnown == null && fields.stream().map(RosterColumns::role).anyMatch(java.util.Optional::isPresent)) {
                anyKnown = i;
            }
        }
        return anyKnown == null ? 0 : anyKnown;
    }

    /** How many lines from the top may hold titles before the header. */
    static final int HEADER_SEARCH = 10;

    private static RosterColumns columns(Record header) {
        RosterColumns columns = RosterColumns.of(header.fields());
        String reads = String.join(String.valueOf(header.separator()), header.fields());
        if (!columns.hasName() && !columns.hasBand()) {
            throw new Refused(Refused.Reason.NO_NAME_OR_BAND_COLUMN, List.of(reads), HEADER_NEEDS
                    + " It has no name column and no band, age or school year column. It reads: " + reads);
        }
        if (!columns.hasName()) {
            throw new Refused(Refused.Reason.NO_NAME_COLUMN, List.of(reads), HEADER_NEEDS
                    + " It has no name column. It reads: " + reads);
        }
        if (!columns.hasBand()) {
            throw new Refused(Refused.Reason.NO_BAND_COLUMN, List.of(reads), HEADER_NEEDS
                    + " It has no band, age or school year column: add one (for example Umur, with each child's age)."
                    + " It reads: " + reads);
        }
        return columns;
    }

    private record Record(int line, List<String> fields, char separator) {
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
            List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(HEADER_SEARCH)
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
                    if (records.size() > MAX_ROWS + 1 + HEADER_SEARCH) {
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
            throw new Refused(Refused.Reason.QUOTE_NOT_CLOSED, List.of(String.valueOf(opened)),
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
