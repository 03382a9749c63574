package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A database left by every earlier Jaga upgrades to the latest schema with its data intact. */
class MigrationTest {

    /**
     * What a child's progress looked like at each older version, written with that version's
     * columns only. Adding a migration means adding the version it upgrades from here.
     */
    static final Map<Integer, List<String>> PROGRESS_AT_VERSION = Map.of(
            1, List.of(
                    "INSERT INTO learner (id, display_name, avatar, band, locale, created_at, archived)"
                            + " VALUES (1, 'Aina', 'owl', '10-12', 'ms', '2025-03-01T08:00:00Z', 0),"
                            + " (2, 'Danial', 'cat', '13-17', 'en', '2025-03-02T08:00:00Z', 1)",
                    "INSERT INTO lesson_progress (learner_id, module_id, lesson_id, step_index, completed_at, updated_at)"
                            + " VALUES (1, 'grooming-10-12', 'signs', 3, NULL, '2025-03-01T08:10:00Z')",
                    "INSERT INTO quiz_attempt (id, learner_id, module_id, content_version, started_at, finished_at,"
                            + " score_percent, passed) VALUES (7, 1, 'grooming-10-12', 1, '2025-03-01T08:20:00Z',"
                            + " '2025-03-01T08:25:00Z', 50, 0)",
                    "INSERT INTO quiz_answer (attempt_id, question_id, response, credit, answered_at)"
                            + " VALUES (7, 'q1', 'b', 0.0, '2025-03-01T08:21:00Z'), (7, 'q2', 'a', 1.0, '2025-03-01T08:22:00Z')"),
            2, List.of(
                    "INSERT INTO learner (id, uid, display_name, avatar, band, locale, created_at, archived)"
                            + " VALUES (1, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'Aina', 'owl', '10-12', 'ms', '2025-03-01T08:00:00Z', 0),"
                            + " (2, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'Danial', 'cat', '13-17', 'en', '2025-03-02T08:00:00Z', 1)",
                    "INSERT INTO lesson_progress (learner_id, module_id, content_version, lesson_id, step_index, completed_at,"
                            + " updated_at) VALUES (1, 'grooming-10-12', 1, 'signs', 3, NULL, '2025-03-01T08:10:00Z')",
                    "INSERT INTO quiz_attempt (id, uid, learner_id, module_id, content_version, started_at, finished_at,"
                            + " score_percent, passed) VALUES (7, 'cccccccccccccccccccccccccccccccc', 1, 'grooming-10-12', 1,"
                            + " '2025-03-01T08:20:00Z', '2025-03-01T08:25:00Z', 50, 0)",
                    "INSERT INTO quiz_answer (attempt_id, question_id, response, credit, time_taken_ms, answered_at)"
                            + " VALUES (7, 'q1', 'b', 0.0, 5000, '2025-03-01T08:21:00Z'),"
                            + " (7, 'q2', 'a', 1.0, NULL, '2025-03-01T08:22:00Z')",
                    "INSERT INTO school_class (id, name, created_at, archived) VALUES (3, '5 Bestari', '2025-03-01T07:00:00Z', 0)",
                    "INSERT INTO class_member (class_id, learner_id, joined_at) VALUES (3, 1, '2025-03-01T07:05:00Z'),"
                            + " (3, 2, '2025-03-01T07:05:00Z')",
                    "INSERT INTO adult_setting (key, value, updated_at) VALUES ('adult.pin', 'pbkdf2-sha256$1$AA==$AA==',"
                            + " '2025-03-01T07:00:00Z')"),
            3, List.of(
                    "INSERT INTO learner (id, uid, display_name, avatar, band, locale, created_at, archived, picture_lock)"
                            + " VALUES (1, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'Aina', 'owl', '10-12', 'ms', '2025-03-01T08:00:00Z', 0,"
                            + " NULL), (2, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'Danial', 'cat', '13-17', 'en',"
                            + " '2025-03-02T08:00:00Z', 1, NULL)",
                    "INSERT INTO lesson_progress (learner_id, module_id, content_version, lesson_id, step_index, completed_at,"
                            + " updated_at) VALUES (1, 'grooming-10-12', 1, 'signs', 3, NULL, '2025-03-01T08:10:00Z')",
                    "INSERT INTO quiz_attempt (id, uid, learner_id, module_id, content_version, started_at, finished_at,"
                            + " score_percent, passed) VALUES (7, 'cccccccccccccccccccccccccccccccc', 1, 'grooming-10-12', 1,"
                            + " '2025-03-01T08:20:00Z', '2025-03-01T08:25:00Z', 50, 0)",
                    "INSERT INTO quiz_answer (attempt_id, question_id, response, credit, time_taken_ms, answered_at)"
                            + " VALUES (7, 'q1', 'b', 0.0, 5000, '2025-03-01T08:21:00Z'),"
                            + " (7, 'q2', 'a', 1.0, NULL, '2025-03-01T08:22:00Z')",
                    "INSERT INTO school_class (id, name, created_at, archived) VALUES (3, '5 Bestari', '2025-03-01T07:00:00Z', 0)",
                    "INSERT INTO class_member (class_id, learner_id, joined_at) VALUES (3, 1, '2025-03-01T07:05:00Z')",
                    "INSERT INTO class_band (class_id, band) VALUES (3, '10-12')",
                    "INSERT INTO learner_module (learner_id, module_id, shown) VALUES (1, 'scams-10-12', 0)",
                    "INSERT INTO adult_setting (key, value, updated_at) VALUES ('learner.1.autoRead', 'true',"
                            + " '2025-03-01T07:00:00Z'), ('learner.99.autoRead', 'true', '2025-03-01T07:00:00Z'),"
                            + " ('adult.pin', 'pbkdf2-sha256$1$AA==$AA==', '2025-03-01T07:00:00Z')"),
            4, List.of(
                    "INSERT INTO learner (id, uid, display_name, avatar, band, locale, created_at, archived, picture_lock)"
                            + " VALUES (1, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'Aina', 'owl', '10-12', 'ms', '2025-03-01T08:00:00Z', 0,"
                            + " NULL), (2, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'Danial', 'cat', '13-17', 'en',"
                            + " '2025-03-02T08:00:00Z', 1, NULL)",
                    "INSERT INTO lesson_progress (learner_id, module_id, content_version, lesson_id, step_index, completed_at,"
                            + " updated_at) VALUES (1, 'grooming-10-12', 1, 'signs', 3, NULL, '2025-03-01T08:10:00Z')",
                    "INSERT INTO quiz_attempt (id, uid, learner_id, module_id, content_version, started_at, finished_at,"
                            + " score_percent, passed) VALUES (7, 'cccccccccccccccccccccccccccccccc', 1, 'grooming-10-12', 1,"
                            + " '2025-03-01T08:20:00Z', '2025-03-01T08:25:00Z', 50, 0)",
                    "INSERT INTO quiz_answer (attempt_id, question_id, response, credit, time_taken_ms, answered_at)"
                            + " VALUES (7, 'q1', 'b', 0.0, 5000, '2025-03-01T08:21:00Z'),"
                            + " (7, 'q2', 'a', 1.0, NULL, '2025-03-01T08:22:00Z')",
                    // A practice step's work was the learner's setting work.<module>.<step>, next to their read-aloud choice.
                    "INSERT INTO learner_setting (learner_id, key, value) VALUES (1, 'autoRead', 'true'),"
                            + " (1, 'work.scams-10-12.chat-1', '1|1|0|0|reply-a,reply-c'),"
                            + " (1, 'work.scams-10-12.flags-1', '1|1|0|1|a,b'), (2, 'work.grooming-13-17.check-2', '1|2|1|1|b')",
                    // Each of those saves bumped the profile: Aina's is at version 4 from the computer pc-b.
                    "UPDATE learner SET version = 4, origin = 'pc-b' WHERE id = 1"));

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    static Stream<Integer> earlierVersions() {
        return IntStream.range(1, Database.SCHEMA_VERSION).boxed();
    }

    @Test
    void everyEarlierVersionHasProgressToUpgrade() {
        assertThat(PROGRESS_AT_VERSION.keySet()).containsAll(earlierVersions().toList());
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void anOlderDatabaseUpgradesToTheLatestWithItsProgressIntact(int version, @TempDir Path folder) throws Exception {
        DataDirectory data = DataDirectory.prepare(folder);
        Database.createAtVersion(data, version, clock);
        execute(folder.resolve("jaga.db"), PROGRESS_AT_VERSION.get(version));

        try (Database database = Database.open(data, clock)) {
            assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);

            List<LearnerRepository.LearnerProfile> learners = new LearnerRepository(database).profiles();
            assertThat(learners).extracting(LearnerRepository.LearnerProfile::displayName).containsExactly("Aina", "Danial");
            assertThat(learners.get(0).band()).isEqualTo(Band.AGES_10_12);
            assertThat(learners.get(0).language()).isEqualTo(Language.MS);
            assertThat(learners.get(1).archived()).isTrue();
            assertThat(learners).extracting(LearnerRepository.LearnerProfile::uid).doesNotHaveDuplicates()
                    .allMatch(uid -> uid != null && uid.matches("[0-9a-f]{32}"));

            assertThat(new LessonProgressRepository(database).places(1)).containsExactly(
                    new LessonProgressRepository.LessonPlace("grooming-10-12", "signs", 3, false));
            QuizRepository quizzes = new QuizRepository(database);
            assertThat(quizzes.answers(7)).containsExactly(new QuizRepository.RecordedAnswer("q1", "b", 0.0),
                    new QuizRepository.RecordedAnswer("q2", "a", 1.0));
            assertThat(quizzes.records(1).get("grooming-10-12").bestScore()).isEqualTo(50);

            // New features work on the upgraded file.
            new BadgeRepository(database).award(1, "first-quiz", "grooming-10-12");
            assertThat(new DataTransfer(database).exportLearner(1).learners().get(0).quizAttempts()).hasSize(1);
        }

        // The file as it was before the upgrade is in backups/, still at the old version.
        List<Path> backups = Backups.list(data);
        assertThat(backups).singleElement().satisfies(backup -> {
            assertThat(backup.getFileName().toString()).isEqualTo("jaga-20261122-080000-v" + version + ".db");
            assertThat(query(backup, "PRAGMA user_version")).isEqualTo(String.valueOf(version));
            assertThat(query(backup, "SELECT COUNT(*) FROM quiz_answer")).isEqualTo("2");
        });
    }

    @Test
    void aVersion2ClassroomKeepsItsClassesAndHasNoLocksOrModuleChoicesAfterTheUpgrade(@TempDir Path folder)
            throws Exception {
        DataDirectory data = DataDirectory.prepare(folder);
        Database.createAtVersion(data, 2, clock);
        execute(folder.resolve("jaga.db"), PROGRESS_AT_VERSION.get(2));

        try (Database database = Database.open(data, clock)) {
            ClassRepository classes = new ClassRepository(database);
            assertThat(classes.classes()).containsExactly(new ClassRepository.SchoolClass(3, "5 Bestari", false));
            assertThat(classes.members(3)).containsExactly(1L, 2L);
            assertThat(new SettingsRepository(database).get("adult.pin")).hasValue("pbkdf2-sha256$1$AA==$AA==");

            LearnerRepository learners = new LearnerRepository(database);
            assertThat(learners.pictureLocked()).isEmpty();
            assertThat(learners.unlocks(1, List.of("sun", "moon", "star"))).as("no lock: nothing to open").isTrue();
            ModuleAssignmentRepository assignments = new ModuleAssignmentRepository(database);
            assertThat(assignments.choicesFor(1)).isEqualTo(new ModuleAssignmentRepository.Choices(
                    List.of(new ModuleAssignmentRepository.ClassChoices(3, "5 Bestari", java.util.Set.of(), Map.of())),
                    Map.of()));

            // The new tables work on the upgraded file, and deleting the class leaves its learners.
            assignments.setClassBands(3, List.of("13-17"));
            learners.setPictureLock(1, List.of("sun", "moon", "star"));
            classes.delete(3);
            assertThat(learners.profiles()).hasSize(2);
            assertThat(query(folder.resolve("jaga.db"), "SELECT COUNT(*) FROM class_band")).isEqualTo("0");
        }
    }

    @Test
    void aVersion3FileGetsClassUidsFromNamesAndLearnerSettingsMoveToTheirLearner(@TempDir Path folder)
            throws Exception {
        DataDirectory data = DataDirectory.prepare(folder);
        Database.createAtVersion(data, 3, clock);
        execute(folder.resolve("jaga.db"), PROGRESS_AT_VERSION.get(3));

        try (Database database = Database.open(data, clock)) {
            assertThat(new LearnerSettingsRepository(database).get(1, "autoRead")).hasValue("true");
            assertThat(new SettingsRepository(database).all()).containsOnlyKeys("adult.pin");
        }
        Path file = folder.resolve("jaga.db");
        assertThat(query(file, "SELECT uid FROM school_class WHERE id = 3")).isEqualTo(ClassUids.forName(" 5 BESTARI "));
        // Not paired: nothing is queued for a hub, and the file is a plain upgraded one.
        assertThat(query(file, "SELECT COUNT(*) FROM outbox")).isEqualTo("0");
        assertThat(query(file, "SELECT paired FROM sync_control")).isEqualTo("0");
        assertThat(query(file, "SELECT COUNT(*) FROM learner WHERE version = 1")).isEqualTo("2");
    }

    /**
     * Version 5 moves a practice step's work out of the learner's settings into its own table (issue
     * 20): the read-aloud choice stays a setting, each step keeps the (version, origin) of the profile
     * it was part of, a paired computer queues the steps (not the profiles) for the hub, and saving a
     * step afterwards leaves the profile's version alone.
     */
    @Test
    void aVersion4FilesStepWorkMovesToItsOwnTableAndItsReadAloudStaysASetting(@TempDir Path folder) throws Exception {
        DataDirectory data = DataDirectory.prepare(folder);
        Database.createAtVersion(data, 4, clock);
        Path file = folder.resolve("jaga.db");
        execute(file, PROGRESS_AT_VERSION.get(4));
        execute(file, List.of("UPDATE sync_control SET paired = 1"));

        try (Database database = Database.open(data, clock)) {
            StepWorkRepository stepWork = new StepWorkRepository(database);
            assertThat(stepWork.forModule(1, "scams-10-12")).isEqualTo(Map.of(
                    "chat-1", "1|1|0|0|reply-a,reply-c", "flags-1", "1|1|0|1|a,b"));
            assertThat(stepWork.forModule(2, "grooming-13-17")).isEqualTo(Map.of("check-2", "1|2|1|1|b"));
            LearnerSettingsRepository settings = new LearnerSettingsRepository(database);
            assertThat(settings.all(1)).isEqualTo(Map.of("autoRead", "true"));
            assertThat(settings.all(2)).isEmpty();

            assertThat(query(file, "SELECT group_concat(stamp, ' ') FROM (SELECT version || '|' || origin AS stamp FROM learner ORDER BY id)"))
                    .as("the move changed no profile").isEqualTo("4|pc-b 2|" + pcUid(file));
            assertThat(query(file, "SELECT group_concat(DISTINCT version || '|' || origin) FROM step_work WHERE learner_id = 1"))
                    .isEqualTo("4|pc-b");
            assertThat(query(file, "SELECT group_concat(entry, ', ') FROM (SELECT kind || ' ' || row_key AS entry FROM outbox ORDER BY seq)"))
                    .as("queued for the hub: the steps, not the profiles").isEqualTo(
                            "step-work [1,\"scams-10-12\",\"chat-1\"], step-work [1,\"scams-10-12\",\"flags-1\"],"
                            + " step-work [2,\"grooming-13-17\",\"check-2\"]");

            stepWork.save(1, "scams-10-12", "chat-1", "1|1|1|0|reply-a,reply-c,reply-d");
            assertThat(query(file, "SELECT version || '|' || origin FROM learner WHERE id = 1")).isEqualTo("4|pc-b");
            assertThat(query(file, "SELECT version || '|' || origin FROM step_work WHERE step_id = 'chat-1'"))
                    .isEqualTo("5|" + pcUid(file));
            assertThat(query(file, "SELECT COUNT(*) FROM outbox WHERE kind = 'learner'")).isEqualTo("0");

            new LearnerRepository(database).delete(1);
            assertThat(query(file, "SELECT group_concat(learner_id) FROM step_work")).as("Aina's work went with her")
                    .isEqualTo("2");
        }
    }

    private static String pcUid(Path file) {
        return query(file, "SELECT pc_uid FROM sync_control");
    }

    /**
     * Each migration is handed to SQLite whole, so what used to be cut at a ';' ending a line runs
     * as written: a trigger opened with BEGIN on its CREATE line, a CASE ... END; inside its body,
     * a text with ";" and a line break in it, comments with semicolons.
     */
    @Test
    void aMigrationRunsAsOneWholeScript(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("scratch.db");
        Migrations migrations = Migrations.of(List.of("""
                -- a comment; with a semicolon
                CREATE TABLE a (x);
                CREATE TABLE b (y TEXT);
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                    INSERT INTO b VALUES (CASE WHEN new.x > 1 THEN 'big' ELSE 'small'
                    END);
                    INSERT INTO b VALUES ('one;
                two');
                END;
                INSERT INTO a VALUES (2); -- fires the trigger
                """));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            migrations.apply(connection, file, 0, 1);
        }

        assertThat(query(file, "PRAGMA user_version")).isEqualTo("1");
        assertThat(query(file, "SELECT group_concat(y, '|') FROM b")).isEqualTo("big|one;\ntwo");
    }

    @Test
    void aScriptThatFailsPartWayIsRolledBackWhole(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("scratch.db");
        Migrations migrations = Migrations.of(List.of("CREATE TABLE a (x);", """
                CREATE TABLE b (y);
                INSERT INTO a VALUES (1);
                INSERT INTO missing VALUES (1);
                """));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThatThrownBy(() -> migrations.apply(connection, file, 0, 2))
                    .isInstanceOf(ProgressException.class).hasMessageContaining("to version 2");
        }

        assertThat(query(file, "PRAGMA user_version")).isEqualTo("1");
        assertThat(query(file, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'")).isEqualTo("0");
        assertThat(query(file, "SELECT COUNT(*) FROM a")).isEqualTo("0");
    }

    @Test
    void aMigrationThatFailsLeavesTheFileAtItsVersionWithNothingHalfDone(@TempDir Path folder) throws Exception {
        DataDirectory data = DataDirectory.prepare(folder);
        Database.createAtVersion(data, 1, clock);
        execute(folder.resolve("jaga.db"), PROGRESS_AT_VERSION.get(1));
        // Something in the way of version 2's new tables, half-way through its script.
        execute(folder.resolve("jaga.db"), List.of("CREATE TABLE badge (x)"));

        assertThatThrownBy(() -> Database.open(data, clock))
                .isInstanceOf(ProgressException.class)
                .hasMessageContaining("Could not upgrade the progress file")
                .hasMessageContaining("left at the version it had");

        Path file = folder.resolve("jaga.db");
        assertThat(query(file, "PRAGMA user_version")).isEqualTo("1");
        // The ALTER TABLEs that ran before the failure were rolled back with it.
        assertThat(query(file, "SELECT COUNT(*) FROM pragma_table_info('learner') WHERE name = 'uid'")).isEqualTo("0");
        assertThat(query(file, "SELECT COUNT(*) FROM quiz_answer")).isEqualTo("2");
    }

    @Test
    void onlyTheNewestFiveUpgradeBackupsAreKeptAndManualOnesAreNeverPruned(@TempDir Path folder) throws Exception {
        DataDirectory data = DataDirectory.prepare(folder);
        Files.createDirectories(data.backups());
        for (int day = 1; day <= 6; day++) {
            Files.writeString(data.backups().resolve("jaga-2025010" + day + "-080000-v1.db"), "old");
        }
        Files.writeString(data.backups().resolve("jaga-20240101-080000-v1-manual.db"), "kept");
        Database.createAtVersion(data, 1, clock);

        Database.open(data, clock).close();

        assertThat(Backups.list(data)).extracting(p -> p.getFileName().toString()).containsExactly(
                "jaga-20261122-080000-v1.db", "jaga-20250106-080000-v1.db", "jaga-20250105-080000-v1.db",
                "jaga-20250104-080000-v1.db", "jaga-20250103-080000-v1.db", "jaga-20240101-080000-v1-manual.db");
    }

    static void execute(Path file, List<String> statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    static String query(Path file, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
