package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.KilledChild;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at a random moment, twenty times: every answer the child reported as committed is in
 * the database afterwards, and SQLite finds the file intact.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path folder;

    @Test
    void everyAnswerReportedCommittedSurvivesSigkillAtARandomMoment() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int reportedInAll = 0;
        for (int round = 0; round < ROUNDS; round++) {
            KilledChild.Run run = KilledChild.runAndKill(CrashWriter.class, random.nextInt(400),
                    folder.toString(), Integer.toString(round));

            Set<String> stored = new HashSet<>();
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("jaga.db"));
                 Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                    rows.next();
                    assertThat(rows.getString(1)).as("integrity after round %d (seed %d)", round, seed).isEqualTo("ok");
                }
                try (ResultSet rows = statement.executeQuery(
                        "SELECT question_id FROM quiz_answer WHERE question_id LIKE 'r" + round + "-%'")) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
            }
            List<String> reported = run.committed();
            assertThat(stored).as("round %d (seed %d)", round, seed).containsAll(reported);
            // At most the one answer committed just before the kill went unreported.
            assertThat(stored.size() - reported.size()).as("round %d", round).isBetween(0, 1);
            reportedInAll += reported.size();
        }
        // The test means something only if the children really were killed mid-stream.
        assertThat(reportedInAll).isGreaterThan(ROUNDS);

        // The lock died with the last child: Jaga opens the folder normally.
        try (Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC())) {
            assertThat(new LearnerRepository(database).active()).hasSize(1);
        }
    }
}
