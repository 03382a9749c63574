package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.testing.KilledChild;
import jaga.testing.Modules;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash loop: a scripted learner works through a real bundled module (lesson steps, chat
 * replies, quiz answers, badges, review) in a child JVM that is killed with SIGKILL at a random
 * moment, again and again on the same data folder. After every kill SQLite finds the file intact,
 * every event the child reported committed is in it, and the next run picks up from what was
 * saved. Twenty kills in every build; {@code -Djaga.crashLoop.kills=100} for the full loop.
 */
class LearnerSessionCrashTest {
    private static final String MODULE = "scams-10-12";

    @TempDir
    Path folder;

    @Test
    void aLearnerSessionKilledAtRandomMomentsLosesNothingItReportedAndResumesWhereItWas() throws Exception {
        int kills = Integer.getInteger("jaga.crashLoop.kills", 20);
        long seed = Long.getLong("jaga.crashLoop.seed", System.nanoTime());
        Random random = new Random(seed);
        ContentModule module = new ContentLoader().load(List.of(Modules.bundledContent())).module(MODULE).orElseThrow();
        List<String> allReported = new ArrayList<>();
        Map<Long, int[]> furthestReported = new HashMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        int resumedRuns = 0;
        long started = System.nanoTime();

        for (int round = 0; round < kills; round++) {
            KilledChild.Run run = KilledChild.runAndKill(ScriptedSession.class, random.nextInt(1_500),
                    folder.toString(), Modules.bundledContent().toString(), MODULE, Integer.toString(round));
            String where = "round " + round + " (seed " + seed + ")";

            // The run picked up exactly where the runs before it had got to, or later, never earlier.
            List<String> resumes = run.otherLines().stream().filter(line -> line.startsWith("resume|")).toList();
            if (!resumes.isEmpty()) {
                String[] resume = resumes.get(0).split("\\|");
                int[] furthest = furthestReported.get(Long.parseLong(resume[1]));
                if (furthest != null) {
                    resumedRuns++;
                    int[] at = resume[2].equals("quiz") ? new int[] {module.lessons().size(), 0}
                            : new int[] {Integer.parseInt(resume[2]), Integer.parseInt(resume[3])};
                    assertThat(compare(at, furthest)).as("%s resumed at %s, but %s was reported saved", where,
                            resumes.get(0), java.util.Arrays.toString(furthest)).isGreaterThanOrEqualTo(0);
                }
            }

            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("jaga.db"))) {
                assertThat(integrity(connection)).as("integrity_check after %s", where).isEqualTo("ok");
                assertThat(missing(connection, run.committed())).as("events reported committed but missing after " + where)
                        .isEmpty();
            }
            for (String event : run.committed()) {
                byKind.merge(event.substring(0, event.indexOf('|')), 1, Integer::sum);
                track(event, module, furthestReported);
            }
            allReported.addAll(run.committed());
        }

        List<String> lost;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("jaga.db"))) {
            lost = missing(connection, allReported);
        }
        System.out.printf("crash loop: %d kills (seed %d), %d committed events checked %s, %d lost, %d runs resumed,"
                        + " %.1f s%n", kills, seed, allReported.size(), byKind, lost.size(), resumedRuns,
                (System.nanoTime() - started) / 1e9);
        assertThat(lost).as("every event reported in any run is still there at the end").isEmpty();
        // The loop means something only if the kills landed in every part of the session.
        assertThat(byKind).containsKeys("step", "chat", "lessonDone", "review", "attempt", "answer", "finish", "badge");
        assertThat(resumedRuns).as("runs that continued a learner's saved place").isGreaterThan(kills / 4);

        // The lock died with the last child: Jaga opens the folder normally.
        try (Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC())) {
            assertThat(new LearnerRepository(database).active()).isNotEmpty();
        }
    }

    /** Records how far each learner was reported to have got: {lesson index, step index}. */
    private static void track(String event, ContentModule module, Map<Long, int[]> furthest) {
        String[] f = event.split("\\|");
        int[] reached = switch (f[0]) {
            case "step" -> new int[] {lessonIndex(module, f[2]), Integer.parseInt(f[3])};
            case "lessonDone" -> new int[] {lessonIndex(module, f[2]) + 1, 0};
            default -> null;
        };
        if (reached != null) {
            furthest.merge(Long.parseLong(f[1]), reached, (a, b) -> compare(a, b) >= 0 ? a : b);
        }
    }

    private static int lessonIndex(ContentModule module, String lessonId) {
        for (int i = 0; i < module.lessons().size(); i++) {
            if (module.lessons().get(i).id().equals(lessonId)) {
                return i;
            }
        }
        throw new AssertionError("no lesson " + lessonId);
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }

    private static String integrity(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            return rows.next() ? rows.getString(1) : "no answer";
        }
    }

    /** The reported events the database does not hold. */
    private static List<String> missing(Connection connection, List<String> events) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String event : events) {
            if (!stored(connection, event.split("\\|"))) {
                missing.add(event);
            }
        }
        return missing;
    }

    private static boolean stored(Connection connection, String[] f) throws SQLException {
        return switch (f[0]) {
            case "learner" -> exists(connection, "SELECT 1 FROM learner WHERE id = ?", f[1]);
            // A later step of the same lesson overwrites the place; finishing sets it to the last step.
            case "step" -> exists(connection, "SELECT 1 FROM lesson_progress WHERE learner_id = ? AND module_id = '"
                    + MODULE + "' AND lesson_id = ? AND step_index >= ?", f[1], f[2], f[3]);
            case "chat" -> exists(connection, "SELECT 1 FROM chat_choice WHERE learner_id = ? AND module_id = '" + MODULE
                    + "' AND lesson_id = ? AND step_id = ? AND choice_id = ?", f[1], f[2], f[3], f[4]);
            case "lessonDone" -> exists(connection, "SELECT 1 FROM lesson_progress WHERE learner_id = ? AND module_id = '"
                    + MODULE + "' AND lesson_id = ? AND completed_at IS NOT NULL", f[1], f[2]);
            case "review" -> exists(connection, "SELECT 1 FROM review_item WHERE learner_id = ? AND module_id = ?"
                    + " AND question_id = ? AND box >= ?", f[1], f[2], f[3], f[4]);
            case "attempt" -> exists(connection, "SELECT 1 FROM quiz_attempt WHERE learner_id = ? AND id = ?", f[1], f[2]);
            case "answer" -> exists(connection, "SELECT 1 FROM quiz_answer WHERE attempt_id = ? AND question_id = ?"
                    + " AND response = ?", f[1], f[2], f.length > 3 ? f[3] : "");
            case "finish" -> exists(connection, "SELECT 1 FROM quiz_attempt WHERE id = ? AND finished_at IS NOT NULL"
                    + " AND score_percent = ? AND passed = ?", f[1], f[2], f[3].equals("true") ? "1" : "0");
            case "badge" -> exists(connection, "SELECT 1 FROM badge WHERE learner_id = ? AND module_id = ?", f[1], f[2]);
            default -> throw new AssertionError("unknown event " + String.join("|", f));
        };
    }

    private static boolean exists(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
