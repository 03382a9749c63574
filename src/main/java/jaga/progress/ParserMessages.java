package jaga.progress;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON parser's messages said as Jaga says them: a place as "line 3, column 7", no hints for programmers. */
final class ParserMessages {
    private ParserMessages() {}

    static String where(JsonParser parser) {
        return where(parser.currentLocation());
    }

    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "at the start";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * The first line of a parser's message, without the parts written for programmers: Jackson
     * names a place inside its message as "[Source: REDACTED (`StreamReadFeature...` disabled);
     * line: 1, column: 280]" (found by fuzzing), which becomes "line 1, column 280".
     */
    static String firstLine(String message) {
        if (message == null) {
            return "it cannot be read";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        String placed = line.replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll("\\s*\\([^()]*Feature '[^()]*\\)", "");
        return withoutSettings(placed);
    }

    private static final Pattern SETTING = Pattern.compile("`[A-Za-z]+\\.[A-Za-z_.]+`");

    /**
     * Without the parser's hints for programmers, found by fuzzing: "(consider enabling
     * `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow use of Record Separators (\\u001E))" goes with
     * its brackets, ": enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow" to the
     * end of its clause. The file's own characters quoted back are kept.
     */
    static String withoutSettings(String text) {
        Matcher setting = SETTING.matcher(text);
        while (setting.find()) {
            int open = enclosingOpen(text, setting.start());
            if (open >= 0) {
                int close = matchingClose(text, open);
                text = text.substring(0, open).stripTrailing() + (close < 0 ? "" : text.substring(close + 1));
            } else {
                int start = Math.max(text.lastIndexOf(':', setting.start()), text.lastIndexOf(';', setting.start()));
                int end = text.indexOf(';', setting.end());
                int bracket = text.indexOf(" (line ", setting.end());
                end = end < 0 ? (bracket < 0 ? text.length() : bracket) : end;
                text = text.substring(0, start < 0 ? setting.start() : start) + text.substring(end);
            }
            setting = SETTING.matcher(text);
        }
        return text;
    }

    private static int enclosingOpen(String text, int at) {
        int depth = 0;
        for (int i = at; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static int matchingClose(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
