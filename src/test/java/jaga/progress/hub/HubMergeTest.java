package jaga.progress.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.testing.ThrowawayHub;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One learner worked on at two lab computers (each its own JVM and SQLite file) while the hub
 * comes and goes: whatever the interleaving, the hub and both computers end with the same rows, and
 * those rows are what the merge rules say (facts once, places forward, (version, origin) wins, never
 * the wall clock).
 */
class HubMergeTest {
    private static final String MODULE = "grooming-10-12";
    private static final List<String> LESSONS = List.of("signs", "trust", "help");
    /** Seeds and steps of the interleavings; one seed alone: -Djaga.merge.seed=S -Djaga.merge.seeds=1. */
    private static final long FIRST_SEED = Long.getLong("jaga.merge.seed", 7_001L);
    private static final int SEEDS = Integer.getInteger("jaga.merge.seeds", 8);
    private static final int STEPS = Integer.getInteger("jaga.merge.steps", 40);
    /** The two lab computers' ids (fixed, so that a seed replays the same tie-breaks). */
    private static final String MERGE_UID_A = "5e1a07c3b2d94f10a6c8e7f2093b4d61";
    private static final String MERGE_UID_B = "a30c5d8e1f7b4926b0e4c3d2f1a09e87";

    @RegisterExtension
    static final ThrowawayHub postgres = new ThrowawayHub();


    // ------------------------------------------------------------------------------------------ 1

    @Test
    void oneLearnerOnTwoPcsWithOutagesMergesByTheRulesInEverySeededInterleaving(@TempDir Path folder) throws SQLException {
        // One hub and two lab computers for every seed, as in a lab: each seed is another child, at both computers.
        String url = HubFixture.freshHub(postgres.server(), "merge");
        Path dataA = folder.resolve("a");
        Path dataB = folder.resolve("b");
        presetPcUid(dataA, MERGE_UID_A);
        presetPcUid(dataB, MERGE_UID_B);
        CompletableFuture<PcProcess> startingB = CompletableFuture.supplyAsync(() -> PcProcess.start(dataB));
        try (PcProcess a = PcProcess.start(dataA); PcProcess b = startingB.join()) {
            pair(a, url);
            pair(b, url);
            for (int i = 0; i < SEEDS; i++) {
                long seed = FIRST_SEED + i;
                Interleaving run = new Interleaving(seed, url, new Side("A", a, MERGE_UID_A), new Side("B", b, MERGE_UID_B));
                long started = System.nanoTime();
                try {
                    run.play();
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("seed " + seed + " failed (again alone: -Djaga.merge.seed=" + seed
                            + " -Djaga.merge.seeds=1): " + e.getMessage() + "\nsteps:\n" + String.join("\n", run.log), e);
                } finally {
                    run.hubBackUp();
                }
                System.out.println("HubMergeTest seed " + seed + ": " + run.summary() + " in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
            try (Connection hub = postgres.server().connect(url)) {
                Map<String, Integer> sizes = new TreeMap<>();
                RowSets.ofHub(hub).forEach((kind, rows) -> sizes.put(kind, rows.size()));
                System.out.println("HubMergeTest hub rows after " + SEEDS + " seeds: " + sizes);
            }
        } finally {
            startingB.thenAccept(PcProcess::close); // if A could not start
        }
    }

    // ------------------------------------------------------------------------------------------ 2

    @Test
    void aChildWhoChangesSeatsFindsTheirPlaceAndBothSeatsConvergeAfterAnOutage(@TempDir Path folder) {
        String url = HubFixture.freshHub(postgres.server(), "seat_change");
        Path dataA = folder.resolve("a");
        Path dataB = folder.resolve("b");
        String learnerUid;
        String pcUidA;
        try (PcProcess a = PcProcess.start(dataA); PcProcess b = PcProcess.start(dataB)) {
            pair(a, url);
            pair(b, url);
            pcUidA = a.send("pcuid").substring("pcuid ".length());
            String[] added = a.expect("add Aina 10-12", "committed learner").split(" ");
            String la = added[2];
            learnerUid = added[3];
            for (int step = 1; step <= 3; step++) {
                a.expect("lesson " + la + " " + MODULE + " signs " + step, "committed lesson");
            }
            a.expect("push", "pushed");

            // The child sits down at B: the link's roster pull has brought their picture, signing in their work.
            b.expect("roster", "roster 1");
            assertThat(b.send("bring 1")).isEqualTo("brought FROM_HUB");
            assertThat(b.send("places 1")).isEqualTo("places " + MODULE + "/signs=3");

            postgres.server().kill();
            try {
                long started = System.nanoTime();
                assertThat(b.send("bring 1")).isEqualTo("brought ONLY_THIS_COMPUTER");
                System.out.println("HubMergeTest: sign-in with the hub killed answered in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms (budget " + HubLink.SIGN_IN_BUDGET + ")");
                assertThat(b.send("places 1")).as("what B has is what it shows").isEqualTo("places " + MODULE + "/signs=3");
                b.expect("lesson 1 " + MODULE + " signs 4", "committed lesson");
                b.expect("lesson 1 " + MODULE + " signs 5", "committed lesson");
                String attempt = b.expect("attempt 1 " + MODULE, "committed attempt").split(" ")[2];
                for (int q = 1; q <= 3; q++) {
                    b.expect("answer " + attempt + " q" + q + " a " + (q == 2 ? 0 : 1), "committed answer");
                }
                b.expect("finish " + attempt + " 67 false", "committed finish");
                b.expect("review 1 " + MODULE + " q2 1", "committed review");
                // meanwhile at seat A a teacher corrects the spelling of the name, and A's last lesson is saved there
                a.expect("rename " + la + " Aina-Ali", "committed rename");
                a.expect("lesson " + la + " " + MODULE + " trust 2", "committed lesson");
                assertThat(b.send("push")).startsWith("hub-failed Unreachable");
                assertThat(a.send("push")).startsWith("hub-failed Unreachable");
            } finally {
                postgres.server().restart();
            }
            a.expect("push", "pushed");
            b.expect("push", "pushed");
            assertThat(a.send("bring " + la)).isEqualTo("brought FROM_HUB");
            assertThat(b.send("bring 1")).isEqualTo("brought FROM_HUB");
            String places = "places " + MODULE + "/signs=5 " + MODULE + "/trust=2";
            assertThat(a.send("places " + la)).isEqualTo(places);
            assertThat(b.send("places 1")).isEqualTo(places);
        }
        Map<String, Set<String>> hub;
        try (Connection connection = postgres.server().connect(url)) {
            hub = RowSets.ofHub(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(RowSets.ofPc(dataA)).isEqualTo(hub);
        assertThat(RowSets.ofPc(dataB)).isEqualTo(hub);
        assertThat(hub.get("learner")).containsExactly(learnerUid + "|Aina-Ali|2|" + pcUidA);
        assertThat(hub.get("attempt")).hasSize(1);
        assertThat(hub.get("answer")).hasSize(3);
        assertThat(hub.get("review")).hasSize(1);
    }

    /**
     * A sign-in brings the hub's rows without sending what waits here first. A profile edited here
     * and not yet sent must not be overwritten by that pull: it would then never reach the hub, and
     * the edit that lost would be in no conflict log.
     */
    @Test
    void aProfileEditWaitingHereWhenTheChildSignsInStillReachesTheConflictLog(@TempDir Path folder) {
        String url = HubFixture.freshHub(postgres.server(), "edit_at_sign_in");
        Path dataB = folder.resolve("b");
        try (PcProcess a = PcProcess.start(folder.resolve("a")); PcProcess b = PcProcess.start(dataB)) {
            pair(a, url);
            pair(b, url);
            String[] added = a.expect("add Aina 10-12", "committed learner").split(" ");
            String la = added[2];
            a.expect("push", "pushed 1");
            b.expect("roster", "roster 1");
            b.expect("bring 1", "brought FROM_HUB");

            a.expect("rename " + la + " Aina-A1", "committed");   // (2, A)
            a.expect("rename " + la + " Aina-A2", "committed");   // (3, A)
            a.expect("push", "pushed 1");
            b.expect("rename 1 Aina-B", "committed");            // (2, B): loses to (3, A), whatever the ids
            b.expect("bring 1", "brought FROM_HUB");              // the child signs in at B before B has sent it
            b.expect("push", "pushed 1");
            b.expect("bring 1", "brought FROM_HUB");

            assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM conflict_log WHERE kind = 'learner'"
                    + " AND lost ->> 'displayName' = 'Aina-B'")).as("B's edit, kept on the hub").isEqualTo(1);
            try (Connection hub = postgres.server().connect(url)) {
                Set<String> onHub = RowSets.ofHub(hub).get("learner");
                assertThat(onHub).singleElement().asString().contains("|Aina-A2|3|");
                assertThat(RowSets.ofPc(dataB).get("learner")).as("B ends with the winner").isEqualTo(onHub);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ 3

    private static final String UID_A = "ffff0000ffff0000ffff0000ffff0000";
    private static final String UID_B = "0000ffff0000ffff0000ffff0000ffff";

    /** The hub's and both computers' learner, lesson and review rows, with uids named L, A and B. */
    record Outcome(Map<String, Set<String>> hub, Map<String, Set<String>> pcA, Map<String, Set<String>> pcB,
                   List<String> conflicts) {}

    @Test
    void aPcClockAYearAheadChangesNoMergeOutcome(@TempDir Path folder) {
        Outcome right = clockScenario(folder.resolve("right"), "clock_right", 0);
        Outcome ahead = clockScenario(folder.resolve("ahead"), "clock_ahead", 365);

        assertThat(ahead).isEqualTo(right);
        // ...and that outcome is the rules': B writes later (and a year later), but versions decide, then origins.
        assertThat(right.hub().get("learner")).containsExactly("L|Aina-A2|3|A");
        assertThat(right.hub().get("lesson")).containsExactly("L|" + MODULE + "|signs|6|0", "L|" + MODULE + "|trust|5|1");
        assertThat(right.hub().get("review")).containsExactly("L|" + MODULE + "|q1|2|2|B", "L|" + MODULE + "|q2|4|2|B");
        // Both of B's renames lost, one arriving after A's, one overwritten by A's of the same version: both kept.
        assertThat(right.conflicts()).containsExactly("learner Aina-B1 (2 from B) lost to 2 from A",
                "learner Aina-B2 (3 from B) lost to 3 from A");
        assertThat(right.pcA()).isEqualTo(right.hub());
        assertThat(right.pcB()).isEqualTo(right.hub());
    }

    /**
     * The same script on two computers whose ids are fixed (A's sorts above B's), B's clock
     * {@code offsetDays} ahead. B writes after A each time, so a wall-clock rule would pick B.
     */
    private Outcome clockScenario(Path folder, String database, long offsetDays) {
        String url = HubFixture.freshHub(postgres.server(), database);
        Path dataA = folder.resolve("a");
        Path dataB = folder.resolve("b");
        presetPcUid(dataA, UID_A);
        presetPcUid(dataB, UID_B);
        String learnerUid;
        try (PcProcess a = PcProcess.start(dataA); PcProcess b = PcProcess.start(dataB, offsetDays)) {
            pair(a, url);
            pair(b, url);
            String[] added = a.expect("add Aina 10-12", "committed learner").split(" ");
            String la = added[2];
            learnerUid = added[3];
            a.expect("push", "pushed");
            b.expect("roster", "roster 1");
            b.expect("bring 1", "brought FROM_HUB");

            a.expect("rename " + la + " Aina-A1", "committed");          // (2, A)
            b.expect("rename 1 Aina-B1", "committed");                   // (2, B): a tie, A's origin wins
            a.expect("review " + la + " " + MODULE + " q1 3", "committed"); // (1, A)
            b.expect("review 1 " + MODULE + " q1 5", "committed");       // (1, B): a tie, A's box 3 wins
            b.expect("review 1 " + MODULE + " q2 2", "committed");       // (1, B)
            b.expect("review 1 " + MODULE + " q2 4", "committed");       // (2, B)
            a.expect("review " + la + " " + MODULE + " q2 1", "committed"); // (1, A): B's (2, B) wins
            a.expect("lesson " + la + " " + MODULE + " signs 6", "committed");
            b.expect("lesson 1 " + MODULE + " signs 2", "committed");    // later, but behind: 6 stays
            b.expect("done 1 " + MODULE + " trust 5", "committed");
            a.expect("lesson " + la + " " + MODULE + " trust 3", "committed");
            a.expect("push", "pushed");
            b.expect("push", "pushed");                                  // B's (2, B) profile loses
            b.expect("bring 1", "brought FROM_HUB");
            b.expect("rename 1 Aina-B2", "committed");                   // (3, B)
            b.expect("review 1 " + MODULE + " q1 2", "committed");       // (2, B) over (1, A)
            a.expect("rename " + la + " Aina-A2", "committed");          // (3, A), A never saw (3, B)
            b.expect("push", "pushed");                                  // hub (3, B)
            a.expect("push", "pushed");                                  // (3, A) ties and wins over (3, B)
            a.expect("bring " + la, "brought FROM_HUB");
            b.expect("bring 1", "brought FROM_HUB");
            a.expect("push", "pushed 0 0 0");
            b.expect("push", "pushed 0 0 0");
        }
        Map<String, Set<String>> hub;
        try (Connection connection = postgres.server().connect(url)) {
            hub = RowSets.ofHub(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> conflicts = new ArrayList<>();
        try (Connection connection = postgres.server().connect(url);
             PreparedStatement query = connection.prepareStatement("SELECT kind || ' ' || (lost ->> 'displayName') || ' ('"
                     + " || (lost ->> 'version') || ' from ' || (lost ->> 'origin') || ') lost to ' || kept FROM conflict_log"
                     + " ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                conflicts.add(rows.getString(1).replace(UID_A, "A").replace(UID_B, "B"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Outcome(named(hub, learnerUid), named(RowSets.ofPc(dataA), learnerUid),
                named(RowSets.ofPc(dataB), learnerUid), conflicts);
    }

    /** Learner, lesson and review rows only (no timestamps in them), with the uids replaced by L, A and B. */
    private static Map<String, Set<String>> named(Map<String, Set<String>> rows, String learnerUid) {
        Map<String, Set<String>> named = new TreeMap<>();
        for (String kind : List.of("learner", "lesson", "review")) {
            Set<String> lines = new TreeSet<>();
            for (String line : rows.get(kind)) {
                lines.add(line.replace(learnerUid, "L").replace(UID_A, "A").replace(UID_B, "B"));
            }
            named.put(kind, lines);
        }
        return named;
    }

    /** Creates a computer's data folder and gives it a known id (as if its random one had come out so). */
    private static void presetPcUid(Path data, String pcUid) {
        try (Database database = Database.open(DataDirectory.prepare(data), Clock.systemUTC())) {
            database.schemaVersion();
        }
        try (Connection pc = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("jaga.db"));
             PreparedStatement update = pc.prepareStatement("UPDATE sync_control SET pc_uid = ?")) {
            update.setString(1, pcUid);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pair(PcProcess pc, String url) {
        pc.expect("pair " + url + " " + HubFixture.PC_USER + " " + HubFixture.PC_PASSWORD, "paired");
    }

    // ------------------------------------------------------------------------------------- at once

    /**
     * Two PCs push profile changes at the same moment, and the one that took its change number first
     * commits last. A third PC pulling the roster in between must still get both: its pull mark may
     * not pass a change that was not yet committed.
     */
    @Test
    void aRosterChangeThatCommitsAfterALaterOneIsStillPulled(@TempDir Path folder) throws Exception {
        String url = HubFixture.freshHub(postgres.server(), "at_once");
        Path dataC = folder.resolve("c");
        try (PcProcess a = PcProcess.start(folder.resolve("a")); PcProcess b = PcProcess.start(folder.resolve("b"));
             PcProcess c = PcProcess.start(dataC); Connection admin = postgres.server().connect(url);
             Connection watcher = postgres.server().connect(url)) {
            for (PcProcess pc : List.of(a, b, c)) {
                pair(pc, url);
            }
            String aina = a.expect("add Aina 10-12", "committed learner").split(" ")[2];
            String badrul = b.expect("add Badrul 10-12", "committed learner").split(" ")[2];
            a.expect("push", "pushed 1");
            b.expect("push", "pushed 1");
            c.expect("roster", "roster 2");

            // A's push takes its change number for the rename, then waits (the admin holds A's row in `pc`).
            String pcUidA = a.send("pcuid").substring("pcuid ".length());
            admin.setAutoCommit(false);
            try (PreparedStatement hold = admin.prepareStatement("SELECT 1 FROM pc WHERE pc_uid = ? FOR UPDATE")) {
                hold.setString(1, pcUidA);
                hold.executeQuery().close();
            }
            a.expect("rename " + aina + " Aina-Late", "committed");
            a.expect("push-async 30", "pushing");
            awaitHub(watcher, "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'", 1);
            // B's rename is pushed while A's is in flight: committed at once, or made to wait its turn.
            b.expect("rename " + badrul + " Badrul-Early", "committed");
            b.expect("push-async 30", "pushing");
            awaitHub(watcher, "SELECT (SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock')"
                    + " + (SELECT COUNT(*) FROM learner WHERE display_name = 'Badrul-Early')", 2);
            c.expect("roster", "roster");

            admin.commit();
            a.expect("await-push", "pushed 1 1 1");
            b.expect("await-push", "pushed 1 1 1");
            c.expect("roster", "roster");
            assertThat(RowSets.ofPc(dataC).get("learner")).as("C has both renames")
                    .isEqualTo(RowSets.ofHub(watcher).get("learner"))
                    .anyMatch(line -> line.contains("|Aina-Late|")).anyMatch(line -> line.contains("|Badrul-Early|"));
        }
    }

    /** Waits (at most 30 s) until the admin's query on the hub counts at least {@code atLeast}. */
    private static void awaitHub(Connection watcher, String query, long atLeast) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try (PreparedStatement statement = watcher.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getLong(1) >= atLeast) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the hub never showed " + atLeast + " for " + query);
            }
            Thread.sleep(20);
        }
    }

    /** A version stamp: the version counter first, then the origin (a computer's uid) as the tie-break. */
    record Stamp(long version, String origin) implements Comparable<Stamp> {
        @Override
        public int compareTo(Stamp other) {
            return version != other.version ? Long.compare(version, other.version) : origin.compareTo(other.origin);
        }

        Stamp next(String pcUid) {
            return new Stamp(version + 1, pcUid);
        }

        String line() {
            return version + "|" + origin;
        }
    }

    record Profile(Stamp stamp, String name) {}

    record Review(Stamp stamp, int box) {}

    record Place(int step, boolean done) {
        Place merge(Place other) {
            return other == null ? this : new Place(Math.max(step, other.step), done || other.done);
        }
    }

    /** What the test expects one computer to hold of the learner, written as the computer is told to write it. */
    static final class Side {
        final String label;
        final PcProcess pc;
        final String pcUid;
        long learnerId;
        Profile profile;
        boolean profileWaiting;
        final Map<String, Place> places = new TreeMap<>();
        final Map<String, Review> reviews = new TreeMap<>();
        /** Attempts started here (local id): score, or -1 while unfinished; and their answers. */
        final Map<Long, Integer> attempts = new TreeMap<>();
        final Map<Long, Map<String, String>> answers = new TreeMap<>();

        Side(String label, PcProcess pc, String pcUid) {
            this.label = label;
            this.pc = pc;
            this.pcUid = pcUid;
        }
    }

    /** One seed: setup, random steps with outages, the final exchange, and every assertion. */
    final class Interleaving {
        final long seed;
        final String url;
        final Side a;
        final Side b;
        final SplittableRandom random;
        final List<String> log = new ArrayList<>();
        String learnerUid;
        // the hub as the rules say it must be
        Profile hubProfile;
        final Map<String, Place> hubPlaces = new TreeMap<>();
        final Map<String, Review> hubReviews = new TreeMap<>();
        /** Names of the profile versions that lost on the hub: each must be in conflict_log. */
        final List<String> expectedLost = new ArrayList<>();
        // every write, for the "highest write wins" check
        Profile highestRename;
        final Map<String, Review> highestReview = new TreeMap<>();
        // the hub's state
        boolean killed;
        boolean frozen;
        int kills;
        int freezes;
        int failedPushes;
        int pushes;
        int brings;

        Interleaving(long seed, String url, Side a, Side b) {
            this.seed = seed;
            this.url = url;
            this.a = a;
            this.b = b;
            this.random = new SplittableRandom(seed);
        }

        String summary() {
            return STEPS + " steps, " + kills + " kills, " + freezes + " freezes, " + pushes + " pushes (" + failedPushes + " refused),"
                    + " " + brings + " brings, " + a.attempts.size() + "+" + b.attempts.size() + " attempts, "
                    + expectedLost.size() + " profile versions lost";
        }

        void play() {
            List<int[]> plan = outagePlan();
            setUp();
            for (int step = 0; step < STEPS; step++) {
                for (int[] outage : plan) {
                    if (outage[0] == step) {
                        hubDown(outage[2] == 0);
                    } else if (outage[1] == step) {
                        hubBackUp();
                    }
                }
                randomStep(step, random.nextBoolean() ? a : b);
            }
            finish();
            assertEndState();
        }

        /** Two or three outages, each a kill or a freeze for 3 to 8 steps, not overlapping. */
        private List<int[]> outagePlan() {
            List<int[]> plan = new ArrayList<>();
            int count = 2 + random.nextInt(2);
            int slot = STEPS / count;
            for (int i = 0; i < count; i++) {
                int start = i * slot + random.nextInt(Math.max(1, slot - 9));
                plan.add(new int[] {start, start + 3 + random.nextInt(6), random.nextInt(2)});
            }
            return plan;
        }

        private void setUp() {
            String[] added = send(a, "add Aina 10-12", "committed learner").split(" ");
            a.learnerId = Long.parseLong(added[2]);
            learnerUid = added[3];
            a.profile = new Profile(new Stamp(1, a.pcUid), "Aina");
            a.profileWaiting = true;
            highestRename = a.profile;
            push(a);
            // B has no learner yet: the roster brings the profile (same uid), then the sign-in brings the rows
            send(b, "roster", "roster 1");
            b.learnerId = localLearnerId(b.pc.dataDir, learnerUid);
            b.profile = hubProfile;
            bring(b);
            assertThat(RowSets.ofPc(b.pc.dataDir).get("learner")).contains(learnerUid + "|Aina|1|" + a.pcUid);
        }

        private void randomStep(int step, Side side) {
            int roll = random.nextInt(100);
            if (roll < 18) {
                String lesson = LESSONS.get(random.nextInt(LESSONS.size()));
                int at = random.nextInt(10);
                send(side, "lesson " + side.learnerId + " " + MODULE + " " + lesson + " " + at, "committed lesson");
                Place before = side.places.get(lesson);
                side.places.put(lesson, new Place(at, before != null && before.done));
            } else if (roll < 22) {
                String lesson = LESSONS.get(random.nextInt(LESSONS.size()));
                int at = 5 + random.nextInt(5);
                send(side, "done " + side.learnerId + " " + MODULE + " " + lesson + " " + at, "committed done");
                side.places.put(lesson, new Place(at, true));
            } else if (roll < 44) {
                quizStep(side);
            } else if (roll < 58) {
                String question = "q" + (1 + random.nextInt(4));
                int box = 1 + random.nextInt(5);
                send(side, "review " + side.learnerId + " " + MODULE + " " + question + " " + box, "committed review");
                Review before = side.reviews.get(question);
                Review written = new Review(before == null ? new Stamp(1, side.pcUid) : before.stamp.next(side.pcUid), box);
                side.reviews.put(question, written);
                highestReview.merge(question, written, (x, y) -> x.stamp.compareTo(y.stamp) >= 0 ? x : y);
            } else if (roll < 70) {
                String name = side.label + "-" + step;
                send(side, "rename " + side.learnerId + " " + name, "committed rename");
                side.profile = new Profile(side.profile.stamp.next(side.pcUid), name);
                side.profileWaiting = true;
                if (side.profile.stamp.compareTo(highestRename.stamp) > 0) {
                    highestRename = side.profile;
                }
            } else if (roll < 90) {
                push(side);
            } else {
                bring(side);
            }
        }

        private void quizStep(Side side) {
            List<Long> open = side.attempts.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey).toList();
            int roll = random.nextInt(10);
            if (open.isEmpty() || roll == 0) {
                long attempt = Long.parseLong(send(side, "attempt " + side.learnerId + " " + MODULE, "committed attempt")
                        .split(" ")[2]);
                side.attempts.put(attempt, -1);
                side.answers.put(attempt, new TreeMap<>());
            } else if (roll == 1) {
                long attempt = open.get(random.nextInt(open.size()));
                int score = random.nextInt(101);
                send(side, "finish " + attempt + " " + score + " " + (score >= 75), "committed finish");
                side.attempts.put(attempt, score);
            } else {
                long attempt = open.get(random.nextInt(open.size()));
                String question = "q" + (1 + random.nextInt(6));
                String response = "r" + random.nextInt(1000);
                send(side, "answer " + attempt + " " + question + " " + response + " " + random.nextInt(2), "committed answer");
                side.answers.get(attempt).put(question, response);
            }
        }

        /** A push: taken by the hub's rules while it is up, refused (and nothing lost) while it is down. */
        private void push(Side side) {
            pushes++;
            if (hubDown()) {
                failedPushes++;
                send(side, frozen ? "push 1" : "push", "hub-failed Unreachable"); // a frozen hub costs the whole limit
                return;
            }
            send(side, "push", "pushed");
            hubTakes(side);
        }

        private void hubTakes(Side side) {
            if (side.profileWaiting) {
                if (hubProfile == null || side.profile.stamp.compareTo(hubProfile.stamp) > 0) {
                    if (hubProfile != null && hubProfile.stamp.version == side.profile.stamp.version) {
                        expectedLost.add(hubProfile.name); // the same version from elsewhere, written without seeing this one
                    }
                    hubProfile = side.profile;
                } else if (!side.profile.equals(hubProfile)) {
                    expectedLost.add(side.profile.name); // arrived and lost
                }
                side.profileWaiting = false;
            }
            side.places.forEach((lesson, place) -> hubPlaces.merge(lesson, place, Place::merge));
            side.reviews.forEach((question, review) -> hubReviews.merge(question, review,
                    (hub, sent) -> sent.stamp.compareTo(hub.stamp) > 0 ? sent : hub));
        }

        /**
         * A sign-in: brings the learner's rows (sending nothing first); with the hub away, only what is
         * here. A profile edited here and not yet sent stays as it is: it goes to the hub, which keeps
         * it if it loses, and the winner comes with a later pull.
         */
        private void bring(Side side) {
            brings++;
            if (hubDown()) {
                send(side, "bring " + side.learnerId, "brought ONLY_THIS_COMPUTER");
                return;
            }
            send(side, "bring " + side.learnerId, "brought FROM_HUB");
            if (!side.profileWaiting && hubProfile.stamp.compareTo(side.profile.stamp) > 0) {
                side.profile = hubProfile;
            }
            hubPlaces.forEach((lesson, place) -> side.places.merge(lesson, place, Place::merge));
            hubReviews.forEach((question, review) -> side.reviews.merge(question, review,
                    (here, hub) -> hub.stamp.compareTo(here.stamp) > 0 ? hub : here));
        }

        private boolean hubDown() {
            return killed || frozen;
        }

        private void hubDown(boolean kill) {
            if (kill) {
                kills++;
                log.add("   hub killed");
                postgres.server().kill();
                killed = true;
            } else {
                freezes++;
                log.add("   hub frozen");
                postgres.server().freeze();
                frozen = true;
            }
        }

        void hubBackUp() {
            if (frozen) {
                log.add("   hub thawed");
                postgres.server().thaw();
                frozen = false;
            }
            if (killed) {
                log.add("   hub restarted");
                postgres.server().restart();
                killed = false;
            }
        }

        /** Hub up; both push; the union is on the hub; both bring the learner; nothing is left to send. */
        private void finish() {
            hubBackUp();
            push(a);
            push(b);
            Map<String, Set<String>> pcA = RowSets.ofPc(a.pc.dataDir);
            Map<String, Set<String>> pcB = RowSets.ofPc(b.pc.dataDir);
            Map<String, Set<String>> hub = hubRows();
            // By key: a computer may hold an older copy of the other's attempt (pulled before it was finished).
            for (String facts : List.of("attempt", "answer")) {
                int keyParts = facts.equals("attempt") ? 1 : 2;
                Set<String> onHub = keys(hub.get(facts), keyParts);
                assertThat(onHub).as("%s on the hub holds A's", facts).containsAll(keys(pcA.get(facts), keyParts));
                assertThat(onHub).as("%s on the hub holds B's", facts).containsAll(keys(pcB.get(facts), keyParts));
                Set<String> union = keys(pcA.get(facts), keyParts);
                union.addAll(keys(pcB.get(facts), keyParts));
                assertThat(onHub).as("%s on the hub is the union of both computers'", facts).isEqualTo(union);
            }
            bring(a);
            bring(b);
            for (Side side : List.of(a, b)) {
                send(side, "push", "pushed 0 0 0");
                send(side, "waiting", "waiting 0");
            }
        }

        private void assertEndState() {
            Map<String, Set<String>> all = hubRows();
            assertThat(RowSets.ofPc(a.pc.dataDir)).as("A after its last pull = the hub").isEqualTo(all);
            assertThat(RowSets.ofPc(b.pc.dataDir)).as("B after its last pull = the hub").isEqualTo(all);
            Map<String, Set<String>> hub = thisLearner(all);

            // The profile: the (version, origin)-highest rename, on the hub and both computers.
            assertThat(hubProfile).isEqualTo(highestRename);
            assertThat(hub.get("learner")).containsExactly(learnerUid + "|" + hubProfile.name + "|" + hubProfile.stamp.line());
            for (Side side : List.of(a, b)) {
                assertThat(side.profile).as("%s's profile as the rules say", side.label).isEqualTo(hubProfile);
            }
            // Lesson places: each the furthest either computer held when it sent, done if done anywhere.
            Set<String> places = new TreeSet<>();
            hubPlaces.forEach((lesson, place) -> places.add(learnerUid + "|" + MODULE + "|" + lesson + "|" + place.step
                    + "|" + (place.done ? 1 : 0)));
            assertThat(hub.get("lesson")).isEqualTo(places);
            // Review items: each the (version, origin)-highest write on either computer.
            assertThat(hubReviews).isEqualTo(highestReview);
            Set<String> reviews = new TreeSet<>();
            hubReviews.forEach((question, review) -> reviews.add(learnerUid + "|" + MODULE + "|" + question + "|"
                    + review.box + "|" + review.stamp.line()));
            assertThat(hub.get("review")).isEqualTo(reviews);
            // Attempts and answers: every one from both computers, once (the sum of both).
            Set<String> attempts = new TreeSet<>();
            Set<String> answers = new TreeSet<>();
            for (Side side : List.of(a, b)) {
                Map<Long, String> uids = attemptUids(side.pc.dataDir);
                side.attempts.forEach((id, score) -> attempts.add(uids.get(id) + "|" + learnerUid + "|" + score));
                side.answers.forEach((id, byQuestion) -> byQuestion.forEach((question, response) ->
                        answers.add(uids.get(id) + "|" + question + "|" + response)));
            }
            assertThat(hub.get("attempt")).hasSize(a.attempts.size() + b.attempts.size()).isEqualTo(attempts);
            assertThat(hub.get("answer")).isEqualTo(answers);
            assertThat(lostNames()).as("every profile version that lost, kept in conflict_log")
                    .containsExactlyInAnyOrderElementsOf(expectedLost);
        }

        private List<String> lostNames() {
            List<String> names = new ArrayList<>();
            try (Connection hub = postgres.server().connect(url);
                 PreparedStatement query = hub.prepareStatement("SELECT lost ->> 'displayName' FROM conflict_log"
                         + " WHERE kind = 'learner' AND uid = ?")) {
                query.setString(1, learnerUid);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return names;
        }

        /** This seed's learner's rows only (the computers and the hub also hold the earlier seeds' children). */
        private Map<String, Set<String>> thisLearner(Map<String, Set<String>> rows) {
            Set<String> attempts = new TreeSet<>();
            Map<String, Set<String>> mine = new TreeMap<>();
            rows.forEach((kind, lines) -> {
                Set<String> kept = new TreeSet<>();
                for (String line : lines) {
                    String[] field = line.split("\\|");
                    if (kind.equals("attempt") ? field[1].equals(learnerUid) : field[0].equals(learnerUid)) {
                        kept.add(line);
                    }
                }
                mine.put(kind, kept);
            });
            mine.get("attempt").forEach(line -> attempts.add(line.split("\\|")[0]));
            mine.put("answer", new TreeSet<>(rows.get("answer").stream()
                    .filter(line -> attempts.contains(line.split("\\|")[0])).toList()));
            return mine;
        }

        private Map<String, Set<String>> hubRows() {
            try (Connection hub = postgres.server().connect(url)) {
                return RowSets.ofHub(hub);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private String send(Side side, String command, String expectedStart) {
            String answer = side.pc.send(command);
            log.add(String.format("%3d %s %s -> %s", log.size(), side.label, command,
                    answer.length() > 90 ? answer.substring(0, 90) + "..." : answer));
            if (!answer.startsWith(expectedStart)) {
                throw new AssertionError(side.label + ": '" + command + "' answered '" + answer + "', expected '"
                        + expectedStart + "...'");
            }
            return answer;
        }
    }

    /** The first {@code parts} fields of each line: the row's key. */
    static Set<String> keys(Set<String> lines, int parts) {
        Set<String> keys = new TreeSet<>();
        for (String line : lines) {
            keys.add(String.join("|", List.of(line.split("\\|")).subList(0, parts)));
        }
        return keys;
    }

    /** A learner's row number on one computer. */
    static long localLearnerId(Path dataDir, String uid) {
        try (Connection pc = DriverManager.getConnection("jdbc:sqlite:file:" + dataDir.resolve("jaga.db") + "?mode=ro");
             PreparedStatement query = pc.prepareStatement("SELECT id FROM learner WHERE uid = ?")) {
            query.setString(1, uid);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("learner %s on %s", uid, dataDir).isTrue();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Local attempt ids to uids, read from a computer's file. */
    static Map<Long, String> attemptUids(Path dataDir) {
        Map<Long, String> uids = new HashMap<>();
        try (Connection pc = DriverManager.getConnection("jdbc:sqlite:file:" + dataDir.resolve("jaga.db") + "?mode=ro");
             PreparedStatement query = pc.prepareStatement("SELECT id, uid FROM quiz_attempt");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                uids.put(rows.getLong(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return uids;
    }
}
