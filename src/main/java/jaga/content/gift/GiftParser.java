package jaga.content.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's GIFT quiz format (docs.moodle.org/en/GIFT_format) into {@link GiftQuestion}s.
 *
 * <p>Questions are separated by blank lines. Lines starting with {@code //} are comments; a
 * comment's {@code [id:...]} and {@code [tag:...]} belong to the next question. A question is an
 * optional {@code ::title::}, an optional {@code [moodle]}, {@code [html]}, {@code [markdown]} or
 * {@code [plain]} format, the text, and the answers in {@code {...}}. {@code \~ \= \# \{ \} \:}
 * write those characters literally, {@code \\} a backslash and {@code \n} a line break. Text in the
 * moodle and plain formats has its line breaks and runs of spaces turned into single spaces; html
 * and markdown text keeps them. Nothing here throws on bad input: what cannot be read becomes a
 * {@link GiftProblem} naming its line, and the next question is read as usual.
 */
public final class GiftParser {

    private static final Set<String> FORMATS = Set.of("moodle", "html", "markdown", "plain");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final Pattern ID = Pattern.compile("\\[id:([^\\]]*)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:([^\\]]*)]");
    private static final String BLANK = "_____";

    private final List<GiftFile.Category> categories = new ArrayList<>();
    private final List<GiftQuestion> questions = new ArrayList<>();
    private final List<GiftProblem> problems = new ArrayList<>();
    private String pendingId;
    private final List<String> pendingTags = new ArrayList<>();

    private GiftParser() {}

    /** Reads a whole GIFT file. */
    public static GiftFile parse(String source) {
        GiftParser parser = new GiftParser();
        parser.readAll(source);
        return new GiftFile(parser.categories, parser.questions, parser.problems);
    }

    private void readAll(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Block block = new Block();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                readBlock(block);
                block = new Block();
            } else if (line.strip().startsWith("//")) {
                readComment(line);
            } else {
                block.add(line, i + 1);
            }
        }
        readBlock(block);
    }

    private void readComment(String line) {
        Matcher id = ID.matcher(line);
        if (id.find()) {
            pendingId = id.group(1).strip();
        }
        Matcher tag = TAG.matcher(line);
        while (tag.find()) {
            pendingTags.add(tag.group(1).strip());
        }
    }

    // ---- one question --------------------------------------------------------------------------

    private void readBlock(Block block) {
        if (block.text.isEmpty()) {
            return;
        }
        String text = block.text.toString();
        int pos = skipSpace(text, 0);
        if (text.startsWith("$CATEGORY:", pos)) {
            int end = text.indexOf('\n', pos);
            categories.add(new GiftFile.Category(block.lineAt(pos), text.substring(pos + "$CATEGORY:".length(), end).strip()));
            pos = skipSpace(text, end + 1);
            if (pos >= text.length()) {
                return;
            }
        }
        int line = block.lineAt(pos);
        String id = pendingId;
        List<String> tags = List.copyOf(pendingTags);
        pendingId = null;
        pendingTags.clear();

        String title = null;
        if (text.startsWith("::", pos)) {
            int end = findUnescaped(text, "::", pos + 2);
            if (end < 0) {
                problems.add(GiftProblem.error(line, "the title at line " + line
                        + " has no closing '::' (write \\: for a colon in a title); the question was skipped"));
                return;
            }
            title = clean(text.substring(pos + 2, end), "moodle");
            pos = end + 2;
        }
        int open = findUnescaped(text, "{", pos);
        if (open < 0) {
            GiftText stem = formatted(text.substring(pos), "moodle");
            questions.add(new GiftQuestion(line, GiftQuestion.Kind.DESCRIPTION, title, id, tags, stem, false, null,
                    List.of(), List.of(), null, null, null));
            return;
        }
        int close = findUnescaped(text, "}", open + 1);
        if (close < 0) {
            problems.add(GiftProblem.error(line, "the answers of the question at line " + line + " start with '{' at line "
                    + block.lineAt(open) + " but have no closing '}'; the question was skipped"));
            return;
        }
        int nested = findUnescaped(text, "{", open + 1);
        if (nested >= 0 && nested < close || findUnescaped(text, "{", close + 1) >= 0) {
            int at = nested >= 0 && nested < close ? nested : findUnescaped(text, "{", close + 1);
            problems.add(GiftProblem.error(line, "the question at line " + line + " has a second '{' at line "
                    + block.lineAt(at) + " (write \\{ for a brace in the text); the question was skipped"));
            return;
        }
        Formatted stemPart = splitFormat(text.substring(pos, open), "moodle");
        String format = stemPart.format;
        String after = text.substring(close + 1);
        boolean embedded = !after.isBlank();
        String stemText = clean(stemPart.body, format);
        if (embedded) {
            stemText = (stemText + " " + BLANK + " " + clean(after, format)).strip();
        }
        GiftText stem = new GiftText(format, stemText);
        readAnswers(block, open + 1, text.substring(open + 1, close), line, title, id, tags, stem, embedded);
    }

    private void readAnswers(Block block, int base, String answers, int line, String title, String id, List<String> tags,
                             GiftText stem, boolean embedded) {
        String format = stem.format();
        String inner = answers;
        GiftText general = null;
        int generalAt = findUnescaped(inner, "####", 0);
        if (generalAt >= 0) {
            general = optional(inner.substring(generalAt + 4), format);
            inner = inner.substring(0, generalAt);
        }
        String trimmed = inner.strip();
        GiftQuestion.Kind kind;
        if (trimmed.isEmpty()) {
            kind = GiftQuestion.Kind.ESSAY;
        } else if (trimmed.startsWith("#")) {
            kind = GiftQuestion.Kind.NUMERICAL;
        } else if (findUnescaped(trimmed, "~", 0) >= 0) {
            kind = GiftQuestion.Kind.MULTIPLE_CHOICE;
        } else if (findUnescaped(trimmed, "=", 0) >= 0 && trimmed.contains("->")) {
            kind = GiftQuestion.Kind.MATCHING;
        } else if (TRUE_FALSE.contains(splitUnescaped(trimmed, '#', 2).get(0).strip())) {
            List<String> parts = splitUnescaped(trimmed, '#', 3);
            boolean isTrue = parts.get(0).strip().startsWith("T");
            GiftText first = parts.size() > 1 ? optional(parts.get(1), format) : null;
            GiftText second = parts.size() > 2 ? optional(parts.get(2), format) : null;
            questions.add(new GiftQuestion(line, GiftQuestion.Kind.TRUE_FALSE, title, id, tags, stem, embedded, general,
                    List.of(), List.of(), isTrue, first, second));
            return;
        } else {
            kind = GiftQuestion.Kind.SHORT_ANSWER;
        }
        List<GiftChoice> choices = new ArrayList<>();
        List<GiftPair> pairs = new ArrayList<>();
        if (kind != GiftQuestion.Kind.ESSAY && kind != GiftQuestion.Kind.NUMERICAL
                && !readChoices(block, base, inner, kind, format, choices, pairs)) {
            return;
        }
        questions.add(new GiftQuestion(line, kind, title, id, tags, stem, embedded, general, choices, pairs,
                null, null, null));
    }

    /** Reads the {@code ~} and {@code =} answers; false (with a problem reported) when the question cannot be used. */
    private boolean readChoices(Block block, int base, String inner, GiftQuestion.Kind kind, String format,
                                List<GiftChoice> choices, List<GiftPair> pairs) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '~' || c == '=') {
                marks.add(i);
            }
        }
        if (marks.isEmpty()) {
            // "{One}": one right answer written without '='.
            List<String> parts = splitUnescaped(inner, '#', 2);
            int line = block.lineAt(base + skipSpace(inner, 0));
            choices.add(new GiftChoice(line, true, null, formatted(parts.get(0), format),
                    parts.size() > 1 ? optional(parts.get(1), format) : null));
            return true;
        }
        String leading = inner.substring(0, marks.get(0));
        if (!leading.isBlank()) {
            int line = block.lineAt(base + skipSpace(inner, 0));
            problems.add(GiftProblem.warning(line, "text before the first answer at line " + line
                    + " was ignored: \"" + leading.strip() + "\""));
        }
        for (int k = 0; k < marks.size(); k++) {
            int start = marks.get(k);
            int end = k + 1 < marks.size() ? marks.get(k + 1) : inner.length();
            int line = block.lineAt(base + start);
            boolean correct = inner.charAt(start) == '=';
            String segment = inner.substring(start + 1, end);
            Double weight = null;
            String rest = segment.stripLeading();
            if (rest.startsWith("%")) {
                int close = rest.indexOf('%', 1);
                String number = close < 0 ? rest.substring(1) : rest.substring(1, close);
                try {
                    if (close < 0) {
                        throw new NumberFormatException();
                    }
                    weight = Double.valueOf(number.strip());
                } catch (NumberFormatException e) {
                    problems.add(GiftProblem.error(line, "the answer at line " + line + " has a weight that is not a"
                            + " percentage (write it like %50%); the question was skipped"));
                    return false;
                }
                rest = rest.substring(close + 1);
            }
            List<String> parts = splitUnescaped(rest, '#', 2);
            GiftText feedback = parts.size() > 1 ? optional(parts.get(1), format) : null;
            if (kind == GiftQuestion.Kind.MATCHING) {
                String answer = parts.get(0);
                int arrow = answer.indexOf("->");
                if (arrow < 0) {
                    problems.add(GiftProblem.error(line, "the pair at line " + line
                            + " has no '->' between its two sides; the question was skipped"));
                    return false;
                }
                pairs.add(new GiftPair(line, formatted(answer.substring(0, arrow), format),
                        clean(answer.substring(arrow + 2), "moodle")));
            } else {
                choices.add(new GiftChoice(line, correct, weight, formatted(parts.get(0), format), feedback));
            }
        }
        return true;
    }

    // ---- text ----------------------------------------------------------------------------------

    private record Formatted(String format, String body) {}

    /** Takes a leading {@code [format]} off, else uses the default. */
    private static Formatted splitFormat(String raw, String defaultFormat) {
        String text = raw.stripLeading();
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end > 0 && FORMATS.contains(text.substring(1, end))) {
                return new Formatted(text.substring(1, end), text.substring(end + 1));
            }
        }
        return new Formatted(defaultFormat, text);
    }

    private static GiftText formatted(String raw, String defaultFormat) {
        Formatted part = splitFormat(raw, defaultFormat);
        return new GiftText(part.format, clean(part.body, part.format));
    }

    /** The text, or null when it is blank. */
    private static GiftText optional(String raw, String defaultFormat) {
        GiftText text = formatted(raw, defaultFormat);
        return text.text().isBlank() ? null : text;
    }

    static String clean(String raw, String format) {
        String text = raw.strip();
        if (format.equals("moodle") || format.equals("plain")) {
            text = text.replaceAll("\\s+", " ");
        }
        return unescape(text);
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if ("~=#{}:\\".indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Where {@code target} next occurs from {@code from}, skipping backslash escapes; -1 if nowhere. */
    static int findUnescaped(String text, String target, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Splits at unescaped {@code separator}s into at most {@code limit} parts. */
    static List<String> splitUnescaped(String text, char separator, int limit) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() && parts.size() < limit - 1; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The lines of one question, joined, remembering where each line starts. */
    private static final class Block {
        final StringBuilder text = new StringBuilder();
        final List<int[]> starts = new ArrayList<>();

        void add(String line, int number) {
            starts.add(new int[] {text.length(), number});
            text.append(line).append('\n');
        }

        int lineAt(int offset) {
            int line = starts.isEmpty() ? 1 : starts.get(0)[1];
            for (int[] start : starts) {
                if (start[0] > offset) {
                    break;
                }
                line = start[1];
            }
            return line;
        }
    }
}
