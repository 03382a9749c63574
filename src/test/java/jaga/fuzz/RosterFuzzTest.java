package jaga.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jaga.learning.Roster;

/**
 * A roster is a file a teacher got from somewhere (a school system, a spreadsheet, an email):
 * any bytes are either read into rows and row problems or refused with a message, never a crash,
 * and what comes back keeps the parser's promises. The saved inputs under
 * src/test/resources/jaga/fuzz/RosterFuzzTestInputs run in every build.
 */
class RosterFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyRosterIsReadOrRefused(byte[] data) {
        Roster.Parsed parsed;
        try {
            parsed = Roster.parse(data);
        } catch (Roster.Refused refused) {
            check(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        int lastLine = -1;
        for (Roster.Row row : parsed.rows()) {
            check(row.line() >= 2, "rows start after the header");
            check(row.line() > lastLine, "rows come in file order");
            lastLine = row.line();
            check(!row.name().isBlank() && row.name().equals(row.name().strip()), "a name is trimmed and not empty");
            check(row.name().codePointCount(0, row.name().length()) <= Roster.MAX_NAME, "a name fits");
            check(row.band() != null, "a row has a band");
            check(row.className() == null || !row.className().isBlank(), "a class is a name or none");
        }
        for (Roster.Problem problem : parsed.problems()) {
            check(problem.line() >= 2 && !problem.message().isBlank(), "a problem has a line and words");
        }
        check(parsed.rows().size() + parsed.problems().size() <= Roster.MAX_ROWS, "at most the row limit");
    }

    private static void check(boolean condition, String promise) {
        if (!condition) {
            throw new IllegalStateException("broken promise: " + promise);
        }
    }
}
