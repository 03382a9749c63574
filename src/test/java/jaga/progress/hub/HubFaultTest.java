package jaga.progress.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.SyncJournal;
import jaga.testing.ThrowawayHub;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The school hub and the lab computers failing in the worst ways, with real processes: the hub
 * killed (SIGKILL) in the middle of pushes, the hub's acknowledgement lost after it committed, the
 * hub frozen (SIGSTOP) mid-push while a child carries on, a lab computer killed (SIGKILL) while it
 * writes and while it pushes, and one that stops mid-push (a closed lid) while another seat pushes. Every computer is its own JVM ({@link SimulatedPc}). The random
 * moments come from one seed, printed; run again with {@code -Djaga.hubFaults.seed=N}. Nothing
 * here asserts a duration: a push that gives up "within its time limit" is one that answers with a
 * failure while the hub is still frozen; the times measured are printed.
 */
class HubFaultTest {
    private static final Pattern COMMITTED = Pattern.compile("committed (.+) end");
    private static final String EXITED = "<exited>";
    private static final int HUB_KILLS = 20;
    private static final int PC_KILLS = 10;

    @RegisterExtension
    static final ThrowawayHub postgres = new ThrowawayHub();


    // ---------------------------------------------------------------------------------- 1. hub killed

    @Test
    void theHubKilledTwentyTimesMidPushEndsWithEveryRowOnTheHubExactlyOnce(@TempDir Path folder) throws Exception {
        long seed = seed("hub kills");
        Random random = new Random(seed);
        String url = HubFixture.freshHub(postgres.server(), "killed_mid_push");
        Path data = folder.resolve("pc11");
        List<String> rounds = new ArrayList<>();
        int interrupted = 0;
        try (PcProcess pc = PcProcess.start(data)) {
            String learner = pc.expect("add Farid 13-17", "committed learner").split(" ")[2];
            // A few thousand rows written before this computer was paired: pairing queues them all.
            script(pc, 4000, 7);
            String paired = pc.expect(pair(url), "paired ");
            long queued = RowSets.outbox(data);
            assertThat(queued).as(paired).isGreaterThan(2500);

            for (int round = 0; round < HUB_KILLS; round++) {
                long waitingBefore = RowSets.outbox(data);
                pc.expect("push-async 10", "pushing");
                int delay = random.nextInt(401);
                Thread.sleep(delay);
                long started = System.nanoTime();
                postgres.server().kill();
                long killMs = millisSince(started);
                String answer = pc.send("await-push");
                assertThat(answer).as("round %d (seed %d)", round, seed).matches("pushed .*|hub-failed Unreachable .*");
                if (answer.startsWith("hub-failed")) {
                    interrupted++;
                }
                long waitingAfter = RowSets.outbox(data);

                // The lesson goes on while the hub is down: a few more rows for the next push.
                pc.expect("lesson " + learner + " outage l" + (round % 3) + " " + round, "committed");
                pc.expect("chat " + learner + " outage l1 s" + round + " c" + (round % 2), "committed");
                pc.expect("review " + learner + " outage kq" + round + " " + (1 + round % 5), "committed");

                started = System.nanoTime();
                postgres.server().restart();
                long restartMs = millisSince(started);
                rounds.add(String.format("round %2d: kill after %3d ms (kill took %3d ms), waiting %4d -> %4d, %s;"
                                + " restart %4d ms", round, delay, killMs, waitingBefore, waitingAfter,
                        answer.startsWith("pushed") ? answer : answer.substring(0, answer.indexOf("ms ") + 2), restartMs));
            }
            String last = pc.expect("push 10", "pushed ");
            rounds.add("final push: " + last);
            assertThat(pc.send("waiting")).isEqualTo("waiting 0");
        }
        report("1. hub SIGKILLed mid-push, seed " + seed + ", " + interrupted + " of " + HUB_KILLS
                + " pushes cut short", rounds);

        assertThat(RowSets.outbox(data)).isZero();
        Map<String, Set<String>> onPc = RowSets.ofPc(data);
        try (Connection hub = postgres.server().connect(url)) {
            assertThat(RowSets.ofHub(hub)).isEqualTo(onPc);
            // Exactly once: as many rows on the hub as distinct keys, and as many as this computer has.
            Map<String, Long> hubCounts = counts(hub, true);
            assertThat(hubCounts).isEqualTo(counts(data));
            onPc.forEach((kind, rows) -> assertThat(hubCounts.get(kind)).as(kind).isEqualTo((long) rows.size()));
            report("1. rows", List.of("hub " + hubCounts));
        }
        // The test means something only if kills really cut pushes short.
        assertThat(interrupted).as("pushes a kill cut short (seed %d)", seed).isGreaterThan(0);
    }

    // ------------------------------------------------------------------------- 2. acknowledgement lost

    @Test
    void anAcknowledgementLostAfterTheHubCommittedIsReplayedAndChangesNothing(@TempDir Path folder) throws Exception {
        String url = HubFixture.freshHub(postgres.server(), "lost_ack");
        Path data = folder.resolve("pc12");
        int committedOnHub;
        String waiting;
        try (PcProcess pc = PcProcess.start(data)) {
            pc.expect(pair(url), "paired 0");
            String learner = pc.expect("add Mei 10-12 Kelas_5A", "committed learner").split(" ")[2];
            pc.expect("lesson " + learner + " scams-10-12 l1 2", "committed");
            pc.expect("chat " + learner + " scams-10-12 l1 c1 ignore", "committed");
            pc.expect("done " + learner + " scams-10-12 l1 5", "committed");
            String attempt = pc.expect("attempt " + learner + " scams-10-12", "committed").split(" ")[2];
            for (int q = 1; q <= 6; q++) {
                pc.expect("answer " + attempt + " q" + q + " b " + (q % 2), "committed");
            }
            pc.expect("finish " + attempt + " 50 false", "committed");
            pc.expect("badge " + learner + " first-try scams-10-12", "committed");
            pc.expect("review " + learner + " scams-10-12 q2 1", "committed");
            pc.expect("rename " + learner + " Mei_Ling", "committed");
            waiting = pc.send("waiting");
            committedOnHub = Integer.parseInt(pc.expect("push-then-die", "committed-on-hub ").split(" ")[1]);
            assertThat(pc.waitForExit()).as("the PC halted before marking the batch sent").isEqualTo(9);
        }
        // The hub has everything; this computer does not know it.
        assertThat(RowSets.outbox(data)).isEqualTo(Long.parseLong(waiting.split(" ")[1])).isPositive();
        Map<String, Set<String>> hubBefore;
        Map<String, String> versionsBefore;
        try (Connection hub = postgres.server().connect(url)) {
            hubBefore = RowSets.ofHub(hub);
            versionsBefore = documents(hub);
            assertThat(hubBefore).isEqualTo(RowSets.ofPc(data));
        }

        String replay;
        try (PcProcess pc = PcProcess.start(data)) {
            assertThat(pc.send("waiting")).isEqualTo(waiting);
            replay = pc.expect("push", "pushed ");
            assertThat(replay).isEqualTo("pushed " + committedOnHub + " 0 1"); // every row sent again, none changed
            assertThat(pc.send("waiting")).isEqualTo("waiting 0");
        }
        try (Connection hub = postgres.server().connect(url)) {
            assertThat(RowSets.ofHub(hub)).isEqualTo(hubBefore);
            // Not even the change counters moved (other computers would pull it all again), and a
            // replay of the very version the hub has is not a conflict.
            assertThat(documents(hub)).isEqualTo(versionsBefore);
            assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM conflict_log")).isZero();
        }
        report("2. lost acknowledgement", List.of("committed on the hub before the halt: " + committedOnHub + " rows ("
                + waiting + "); replay answered '" + replay + "'"));
    }

    // ----------------------------------------------------------------------------------- 3. hub frozen

    @Test
    void aHubFrozenMidPushFailsThePushBeforeItIsThawedWhileTheLessonGoesOn(@TempDir Path folder) throws Exception {
        String url = HubFixture.freshHub(postgres.server(), "frozen_mid_push");
        Path data = folder.resolve("pc13");
        List<String> lines = new ArrayList<>();
        try (PcProcess pc = PcProcess.start(data)) {
            String learner = pc.expect("add Siti 7-9", "committed learner").split(" ")[2];
            script(pc, 3000, 13);
            pc.expect(pair(url), "paired ");
            long queued = RowSets.outbox(data);
            assertThat(queued).isGreaterThan(2 * HubSync.BATCH);

            pc.expect("push-async 2", "pushing");
            // Freeze once the first batch is on the hub and marked sent: the push is mid-way.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (RowSets.outbox(data) == queued && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            postgres.server().freeze();
            long frozenAt = System.nanoTime();
            String pushAnswer;
            String linkAnswer;
            String bringAnswer;
            long waitingWhileFrozen;
            try {
                waitingWhileFrozen = RowSets.outbox(data);
                assertThat(waitingWhileFrozen).as("frozen after the first batch and before the last")
                        .isLessThan(queued).isPositive();
                // A child carries on: every write is saved here at once, whatever the hub does.
                List<String> writes = List.of(
                        "lesson " + learner + " frozen l1 1", "lesson " + learner + " frozen l1 2",
                        "chat " + learner + " frozen l1 s1 tell", "attempt " + learner + " frozen");
                List<String> saved = new ArrayList<>();
                for (String write : writes) {
                    saved.add(timed(pc, write, "committed"));
                }
                String attempt = saved.get(3).split(" ")[2];
                for (int q = 1; q <= 4; q++) {
                    saved.add(timed(pc, "answer " + attempt + " q" + q + " a 1", "committed"));
                }
                saved.add(timed(pc, "finish " + attempt + " 100 true", "committed"));
                lines.add("writes while frozen: " + saved);

                pushAnswer = pc.send("await-push");
                lines.add("frozen push answered " + millisSince(frozenAt) + " ms after the freeze: "
                        + pushAnswer.substring(0, Math.min(pushAnswer.length(), 60)));
                assertThat(pushAnswer).startsWith("hub-failed Unreachable");

                // The background link's round and a child's sign-in give up the same way.
                long started = System.nanoTime();
                linkAnswer = pc.send("link-sync");
                lines.add("link-sync while frozen: '" + linkAnswer + "' (" + millisSince(started) + " ms)");
                started = System.nanoTime();
                bringAnswer = pc.send("bring " + learner);
                lines.add("bring while frozen: '" + bringAnswer + "' (" + millisSince(started) + " ms)");
                assertThat(RowSets.outbox(data)).isGreaterThanOrEqualTo(waitingWhileFrozen);
            } finally {
                postgres.server().thaw();
            }
            assertThat(linkAnswer).startsWith("link-failed HUB_AWAY ");
            assertThat(bringAnswer).isEqualTo("brought ONLY_THIS_COMPUTER");

            String drained = pc.expect("push", "pushed ");
            lines.add("after the thaw: '" + drained + "'");
            assertThat(pc.send("waiting")).isEqualTo("waiting 0");
            assertThat(pc.send("link-sync")).startsWith("link-synced UP_TO_DATE ");
            lines.add("queued " + queued + " entries, " + waitingWhileFrozen + " still waiting at the freeze");
        }
        report("3. hub frozen mid-push", lines);
        assertThat(RowSets.outbox(data)).isZero();
        try (Connection hub = postgres.server().connect(url)) {
            assertThat(RowSets.ofHub(hub)).isEqualTo(RowSets.ofPc(data));
        }
    }

    // ------------------------------------------------------------------------------------ 4. PC killed

    @Test
    void aPcKilledWhileWritingAndPushingKeepsEveryCommittedEventAndCatchesUp(@TempDir Path folder) throws Exception {
        long seed = seed("pc kills");
        Random random = new Random(seed);
        String url = HubFixture.freshHub(postgres.server(), "pc_killed");
        Path data = folder.resolve("pc14");
        List<String> rounds = new ArrayList<>();
        int duringPush = 0;
        int reportedInAll = 0;
        PcProcess pc = PcProcess.start(data);
        try {
            pc.expect(pair(url), "paired 0");
            pc.expect("add Hafiz 13-17", "committed learner");
            pc.expect("push", "pushed 1");
            for (int round = 0; round < PC_KILLS; round++) {
                long scriptSeed = (round + 1) * 1_000_000L + random.nextInt(1_000_000);
                // Even rounds: killed after a random write. Odd rounds: killed as a push starts
                // (the script pushes right after every 25th write).
                boolean atPush = round % 2 == 1;
                int killAfter = atPush ? 25 * (1 + random.nextInt(14)) : 1 + random.nextInt(350); // well before its end
                pc.write("script 400 " + scriptSeed);
                List<String> lines = new ArrayList<>();
                String first = pc.next();
                assertThat(first).isEqualTo("ready");
                int seen = 0;
                while (seen < killAfter) {
                    String line = pc.next();
                    assertThat(line).as("round %d (seed %d)", round, seed).isNotEqualTo(EXITED).isNotEqualTo("script-done");
                    lines.add(line);
                    if (COMMITTED.matcher(line).matches()) {
                        seen++;
                    }
                }
                pc.kill();
                for (String line = pc.next(); !line.equals(EXITED); line = pc.next()) {
                    lines.add(line);
                }
                Events events = Events.of(lines);
                assertThat(lines).as("killed before the script ended (round %d)", round).doesNotContain("script-done");
                boolean killedInPush = atPush && killedDuringPush(lines, killAfter);
                if (killedInPush) {
                    duringPush++;
                }
                reportedInAll += events.count();

                int unreported = checkFileAfterKill(data, "m" + scriptSeed, events, "round " + round + " (seed " + seed + ")");

                long started = System.nanoTime();
                pc = PcProcess.start(data);
                long startMs = millisSince(started);
                String pushed = pc.expect("push 10", "pushed ");
                try (Connection hub = postgres.server().connect(url)) {
                    assertThat(RowSets.ofHub(hub)).as("round %d (seed %d)", round, seed).isEqualTo(RowSets.ofPc(data));
                }
                assertThat(pc.send("waiting")).isEqualTo("waiting 0");
                rounds.add(String.format("round %d: killed after write %3d%s, %3d writes reported, %d saved unreported;"
                        + " PC restarted in %4d ms, '%s'", round, killAfter, atPush ? (killedInPush ? " in its push"
                        : " (push already done)") : "", events.count(), unreported, startMs, pushed));
            }
        } finally {
            pc.close();
        }
        report("4. PC SIGKILLed, seed " + seed + ", " + duringPush + " kills inside a push", rounds);
        assertThat(reportedInAll).isGreaterThan(PC_KILLS);
        assertThat(duringPush).as("kills that landed inside a push (seed %d)", seed).isPositive();
    }

    // ------------------------------------------------------------------------ 5. PC stopped mid-push

    /**
     * A laptop whose lid is closed in the middle of a push: its process stops with a batch applied on
     * the hub and not committed, its connection open. The child moves to another seat and carries on
     * with the same lesson. That seat's push must not wait on the stopped one for longer than the
     * stopped one's own time limit (without one, the hub kept the stopped transaction's row locks
     * until TCP gave up on the laptop, hours later: every push of that lesson failed meanwhile, and
     * each failed try left one more hub connection waiting on the lock).
     */
    @Test
    void aPcStoppedMidPushHoldsUpAnotherSeatNoLongerThanItsTimeLimit(@TempDir Path folder) throws Exception {
        String url = HubFixture.freshHub(postgres.server(), "lid_closed");
        Path seatA = folder.resolve("pc15");
        Path seatB = folder.resolve("pc16");
        try (PcProcess pc = PcProcess.start(seatA)) {
            pc.expect(pair(url), "paired 0");
            String learner = pc.expect("add Nur 10-12", "committed learner").split(" ")[2];
            pc.expect("push", "pushed 1");
            pc.expect("lesson " + learner + " privacy-10-12 l1 3", "committed");
        }
        List<String> lines = new ArrayList<>();
        // Seat A, in this JVM so that it can be stopped exactly mid-transaction: the connection and
        // the batch exactly as HubSync.push makes them, then nothing more (the lid closes).
        try (Database database = Database.open(DataDirectory.prepare(seatA), Clock.systemUTC());
             SyncJournal journal = new SyncJournal(database)) {
            SyncJournal.Batch batch = journal.nextBatch(HubSync.BATCH);
            assertThat(batch.rows()).hasSize(1);
            HubAddress address = HubFixture.pcLogin(url);
            try (Connection stopped = address.connect(Duration.ofSeconds(2))) {
                stopped.setAutoCommit(false);
                assertThat(new HubWriter(stopped).apply(batch.rows(), journal.pcUid(), "test")).isEqualTo(1);

                try (PcProcess pc = PcProcess.start(seatB)) {
                    pc.expect(pair(url), "paired 0");
                    pc.expect("link-sync", "link-synced UP_TO_DATE"); // brings Nur from the hub
                    pc.expect("lesson 1 privacy-10-12 l1 5", "committed");
                    long started = System.nanoTime();
                    String pushed = pc.send("push 10");
                    lines.add("seat B's push while seat A was stopped mid-transaction: '" + pushed + "' ("
                            + millisSince(started) + " ms)");
                    assertThat(pushed).isEqualTo("pushed 1 1 1");
                }

                // The lid opens: seat A's commit fails, as for a hub that went away, and nothing is marked sent.
                SQLException woke = assertThrows(SQLException.class, stopped::commit);
                HubException told = HubSync.explain(address, woke);
                lines.add("seat A woke: SQLState " + woke.getSQLState() + ", " + told.getClass().getSimpleName());
                assertThat(told).isInstanceOf(HubException.Unreachable.class); // not "needs an adult"
            }
            assertThat(journal.waiting()).isEqualTo(1);
        }
        try (PcProcess pc = PcProcess.start(seatA)) {
            String pushed = pc.expect("push", "pushed 1 ");
            lines.add("seat A's next push: '" + pushed + "'");
            assertThat(pc.send("waiting")).isEqualTo("waiting 0");
        }
        report("5. a PC stopped mid-push", lines);
        assertThat(HubFixture.count(postgres.server(), url, "SELECT step_index FROM lesson_progress")).isEqualTo(5);
    }

    /** True when the PC died after the write that starts a push and before the push answered. */
    private static boolean killedDuringPush(List<String> lines, int pushAfterWrite) {
        int committed = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (COMMITTED.matcher(lines.get(i)).matches() && ++committed == pushAfterWrite) {
                return i == lines.size() - 1 || !lines.get(i + 1).matches("(pushed|hub-failed) .*");
            }
        }
        return false;
    }

    /**
     * Opens the killed PC's file read-only: SQLite finds it intact and it holds every event the PC
     * said was committed (at most one more, committed just before the kill). Returns that extra count.
     */
    private static int checkFileAfterKill(Path data, String module, Events events, String what) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("jaga.db"), config.toProperties())) {
            try (Statement statement = file.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                rows.next();
                assertThat(rows.getString(1)).as("integrity after %s", what).isEqualTo("ok");
            }
            Set<String> chats = strings(file, "SELECT step_id FROM chat_choice WHERE module_id = ?", module);
            Set<String> answers = strings(file, "SELECT q.question_id FROM quiz_answer q JOIN quiz_attempt a"
                    + " ON a.id = q.attempt_id WHERE a.module_id = ?", module);
            Set<String> reviews = strings(file, "SELECT question_id FROM review_item WHERE module_id = ?", module);
            Map<String, Integer> places = new HashMap<>();
            try (PreparedStatement statement = file.prepareStatement(
                    "SELECT lesson_id, step_index FROM lesson_progress WHERE module_id = ?")) {
                statement.setString(1, module);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        places.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
            assertThat(chats).as("chat replies after %s", what).containsAll(events.chats);
            assertThat(answers).as("answers after %s", what).containsAll(events.answers);
            assertThat(reviews).as("review items after %s", what).containsAll(events.reviews);
            events.places.forEach((lesson, step) ->
                    assertThat(places.get(lesson)).as("lesson %s after %s", lesson, what).isNotNull().isGreaterThanOrEqualTo(step));
            int unreported = chats.size() + answers.size() + reviews.size()
                    - (events.chats.size() + events.answers.size() + events.reviews.size());
            assertThat(unreported).as("rows saved but not reported, after %s", what).isBetween(0, 1);
            return unreported;
        }
    }

    /** What a {@code script} run said it committed. */
    private record Events(Set<String> chats, Set<String> answers, Set<String> reviews, Map<String, Integer> places, int count) {
        static Events of(List<String> lines) {
            Set<String> chats = new HashSet<>();
            Set<String> answers = new HashSet<>();
            Set<String> reviews = new HashSet<>();
            Map<String, Integer> places = new HashMap<>();
            int count = 0;
            for (String line : lines) {
                Matcher m = COMMITTED.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                count++;
                String[] word = m.group(1).split(" ");
                switch (word[0]) {
                    case "lesson" -> places.merge(word[1], Integer.parseInt(word[2]), Math::max);
                    case "chat" -> chats.add(word[1]);
                    case "answer" -> answers.add(word[1]);
                    case "review" -> reviews.add(word[1]);
                    default -> throw new AssertionError("an event the script does not write: " + line);
                }
            }
            return new Events(chats, answers, reviews, places, count);
        }
    }

    // ------------------------------------------------------------------------------------ plumbing

    private static long seed(String what) {
        long seed = Long.getLong("jaga.hubFaults.seed", System.nanoTime());
        System.out.println("HubFaultTest " + what + ": seed " + seed + " (again: -Djaga.hubFaults.seed=" + seed + ")");
        return seed;
    }

    private static String pair(String url) {
        return "pair " + url + " " + HubFixture.PC_USER + " " + HubFixture.PC_PASSWORD;
    }

    /** Runs {@code script N SEED} to its end; returns the events it reported committed. */
    private static Events script(PcProcess pc, int writes, long seed) {
        pc.write("script " + writes + " " + seed);
        List<String> lines = new ArrayList<>();
        for (String line = pc.next(); !line.equals("script-done"); line = pc.next()) {
            assertThat(line).isNotEqualTo(EXITED).doesNotStartWith("error");
            lines.add(line);
        }
        Events events = Events.of(lines);
        assertThat(events.count()).isEqualTo(writes);
        return events;
    }

    private static String timed(PcProcess pc, String command, String expected) {
        long started = System.nanoTime();
        String answer = pc.expect(command, expected);
        return answer + " (" + millisSince(started) + " ms)";
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Set<String> strings(Connection connection, String query, String parameter) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("learner", "learner");
        TABLES.put("lesson", "lesson_progress");
        TABLES.put("attempt", "quiz_attempt");
        TABLES.put("answer", "quiz_answer");
        TABLES.put("chat", "chat_choice");
        TABLES.put("badge", "badge");
        TABLES.put("review", "review_item");
        TABLES.put("stepwork", "step_work");
    }

    /** Rows per kind (the hub's live learners only). */
    private static Map<String, Long> counts(Connection connection, boolean hub) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            String where = hub && table.getKey().equals("learner") ? " WHERE NOT deleted" : "";
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table.getValue() + where)) {
                rows.next();
                counts.put(table.getKey(), rows.getLong(1));
            }
        }
        return counts;
    }

    private static Map<String, Long> counts(Path data) throws SQLException {
        try (Connection pc = DriverManager.getConnection("jdbc:sqlite:file:" + data.resolve("jaga.db") + "?mode=ro")) {
            return counts(pc, false);
        }
    }

    /** The hub's profiles and classes with their versions and change counters. */
    private static Map<String, String> documents(Connection hub) throws SQLException {
        Map<String, String> found = new TreeMap<>();
        try (Statement statement = hub.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 'learner ' || uid, version || ' ' || origin || ' ' || change"
                     + " || ' ' || display_name FROM learner UNION ALL SELECT 'class ' || uid, version || ' ' || origin"
                     + " || ' ' || change || ' ' || members::text FROM school_class")) {
            while (rows.next()) {
                found.put(rows.getString(1), rows.getString(2));
            }
        }
        assertThat(found).as("a learner and a class on the hub").hasSize(2);
        return found;
    }

    private static void report(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("HubFaultTest ").append(title).append('\n');
        lines.forEach(line -> text.append("  ").append(line).append('\n'));
        System.out.print(text);
    }
}
