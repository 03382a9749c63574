package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at a random moment, twenty times: every answer the child reported as committed is in
 * the database afterwards, and SQLite finds the file intact.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 20;
    private static final Pattern COMMITTED = Pattern.compile("committed (\\S+) end");

    @TempDir
    Path folder;

    @Test
    void everyAnswerReportedCommittedSurvivesSigkillAtARandomMoment() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int reportedInAll = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = ChildJvm.start(CrashWriter.class, folder.toString(), Integer.toString(round));
            List<String> committed = new CopyOnWriteArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        Matcher m = COMMITTED.matcher(line);
                        if (m.matches()) {
                            committed.add(m.group(1)); // a line cut short by the kill does not match
                        } else if (line.equals("ready")) {
                            ready.countDown();
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the pipe breaks when the child dies
                }
            });
            reader.start();
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("child started (round %d, seed %d)", round, seed).isTrue();

            Thread.sleep(random.nextInt(400));
            // SIGKILL on Unix. Through the ProcessHandle: Process.destroyForcibly() also closes our end
            // of the child's output, which would drop "committed" lines still in the pipe.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(30));

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
            List<String> reported = new ArrayList<>(committed);
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
