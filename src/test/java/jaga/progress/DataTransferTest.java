package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataTransferTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private Database database;
    private long aina;
    private long danial;

    @BeforeEach
    void aClassroomWithProgressOfEveryKind() {
        database = Database.open(DataDirectory.prepare(folder.resolve("data")), clock);
        LearnerRepository learners = new LearnerRepository(database);
        aina = learners.create("Aina", "owl", Band.AGES_10_12, Language.MS).id();
        danial = learners.create("Danial", "cat", Band.AGES_13_17, Language.EN).id();
        ClassRepository classes = new ClassRepository(database);
        long bestari = classes.create("5 Bestari").id();
        classes.addMember(bestari, aina);
        classes.addMember(bestari, danial);
        new LessonProgressRepository(database).stepReached(aina, "grooming-10-12", 2, "signs", 4);
        new LessonProgressRepository(database).completed(aina, "grooming-10-12", "intro", 6);
        new ChatChoiceRepository(database).recordChoice(aina, "grooming-10-12", 2, "signs", "chat-1", "tell-adult");
        QuizRepository quizzes = new QuizRepository(database);
        long attempt = quizzes.startAttempt(aina, "grooming-10-12", 2);
        quizzes.recordAnswer(attempt, "q1", "b", 0.0, 5_300L);
        quizzes.recordAnswer(attempt, "q2", "a", 1.0, null);
        quizzes.finishAttempt(attempt, 50, false);
        quizzes.recordAnswer(quizzes.startAttempt(danial, "scams-13-17", 1), "q1", "c", 1.0, 2_000L);
        new BadgeRepository(database).award(aina, "first-steps", "grooming-10-12");
        new ReviewRepository(database).schedule(aina, "grooming-10-12", "q1", 2, LocalDate.parse("2026-11-25"));
        new SettingsRepository(database).put("text-size", "150");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exportDeleteImportGivesBackTheSameLearner() {
        DataTransfer transfer = new DataTransfer(database);
        ProgressExport before = transfer.exportLearner(aina);
        ProgressExport.LearnerData exported = before.learners().get(0);
        assertThat(exported.lessons()).hasSize(2);
        assertThat(exported.chatChoices()).hasSize(1);
        assertThat(exported.quizAttempts()).singleElement().satisfies(a -> assertThat(a.answers()).hasSize(2));
        assertThat(exported.badges()).hasSize(1);
        assertThat(exported.reviewItems()).hasSize(1);
        assertThat(exported.classes()).containsExactly("5 Bestari");

        LearnerRepository.Deleted deleted = new LearnerRepository(database).delete(aina);
        assertThat(deleted.counts()).containsEntry("quiz answers", 2).containsEntry("lesson places", 2);
        assertThat(count("SELECT COUNT(*) FROM quiz_answer")).isEqualTo(1); // Danial's only
        assertThat(count("SELECT COUNT(*) FROM chat_choice") + count("SELECT COUNT(*) FROM badge")
                + count("SELECT COUNT(*) FROM review_item") + count("SELECT COUNT(*) FROM lesson_progress")).isZero();

        DataTransfer.ImportSummary summary = transfer.importData(before);
        assertThat(summary.learnersAdded()).isEqualTo(1);
        assertThat(summary.answersAdded()).isEqualTo(2);

        long back = new LearnerRepository(database).named("Aina").get(0).id();
        assertThat(transfer.exportLearner(back)).isEqualTo(before);
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        Path file = folder.resolve("everything.json");
        DataTransfer.write(new DataTransfer(database).exportEverything(), file);
        database.close();

        database = Database.open(DataDirectory.prepare(folder.resolve("new-computer")), clock);
        DataTransfer transfer = new DataTransfer(database);
        DataTransfer.ImportSummary first = transfer.importData(DataTransfer.read(file));
        assertThat(first.learnersAdded()).isEqualTo(2);
        assertThat(first.classesAdded()).isEqualTo(1);
        assertThat(first.settingsAdded()).isEqualTo(1);
        Map<String, Integer> afterFirst = tableCounts();

        DataTransfer.ImportSummary second = transfer.importData(DataTransfer.read(file));

        assertThat(second.recordsAdded()).isZero();
        assertThat(second.learnersMerged()).isEqualTo(2);
        assertThat(tableCounts()).isEqualTo(afterFirst);
        assertThat(new ClassRepository(database).members(new ClassRepository(database).named("5 Bestari").orElseThrow().id()))
                .hasSize(2);
        assertThat(new SettingsRepository(database).get("text-size")).contains("150");
    }

    @Test
    void importMergesOnlyWhatIsNewForALearnerAlreadyHere() {
        DataTransfer transfer = new DataTransfer(database);
        ProgressExport older = transfer.exportLearner(aina);
        QuizRepository quizzes = new QuizRepository(database);
        quizzes.recordAnswer(quizzes.startAttempt(aina, "scams-10-12", 1), "q9", "d", 1.0, 900L);
        ProgressExport newer = transfer.exportLearner(aina);
        new LearnerRepository(database).delete(aina);

        transfer.importData(older);
        DataTransfer.ImportSummary summary = transfer.importData(newer);

        assertThat(summary.learnersAdded()).isZero();
        assertThat(summary.learnersMerged()).isEqualTo(1);
        assertThat(summary.attemptsAdded()).isEqualTo(1);
        assertThat(summary.answersAdded()).isEqualTo(1);
        long back = new LearnerRepository(database).named("Aina").get(0).id();
        assertThat(transfer.exportLearner(back)).isEqualTo(newer);
    }

    @Test
    void aFullDiskDuringImportLeavesNothingHalfWritten() throws Exception {
        QuizRepository quizzes = new QuizRepository(database);
        long longAttempt = quizzes.startAttempt(danial, "privacy-13-17", 1);
        for (int i = 0; i < 300; i++) { // more than fits in the new file's first pages
            quizzes.recordAnswer(longAttempt, "q" + i, "a long free-text answer ".repeat(5), 0.5, 1_000L);
        }
        DataTransfer transfer = new DataTransfer(database);
        ProgressExport everything = transfer.exportEverything();
        database.close();
        database = Database.open(DataDirectory.prepare(folder.resolve("small-disk")), clock);
        Map<String, Integer> before = tableCounts();
        try (Statement statement = database.connection().createStatement()) {
            // SQLite reports SQLITE_FULL, exactly as on a full disk, once the file may not grow.
            int pages;
            try (ResultSet rows = statement.executeQuery("PRAGMA page_count")) {
                pages = rows.getInt(1);
            }
            statement.execute("PRAGMA max_page_count = " + pages);
        }

        assertThatThrownBy(() -> new DataTransfer(database).importData(everything))
                .isInstanceOf(ProgressException.class)
                .hasMessageContaining("the disk is full")
                .hasMessageContaining("nothing was half-saved");

        assertThat(tableCounts()).isEqualTo(before);

        // Once there is room again, each answer is committed on its own as before.
        try (Statement statement = database.connection().createStatement()) {
            statement.execute("PRAGMA max_page_count = 1073741823");
        }
        QuizRepository afterwards = new QuizRepository(database);
        long siti = new LearnerRepository(database).create("Siti", "fish", Band.AGES_7_9, Language.MS).id();
        afterwards.recordAnswer(afterwards.startAttempt(siti, "scams-7-9", 1), "q1", "a", 1.0, 800L);
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database.file());
             Statement statement = other.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM quiz_answer")) {
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aFileFromANewerExportFormatIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("future.json"),
                "{\"format\":\"jaga-progress\",\"formatVersion\":99,\"schemaVersion\":9,\"learners\":[]}");
        assertThatThrownBy(() -> DataTransfer.read(file))
                .isInstanceOf(ProgressException.UnusableFile.class)
                .hasMessageContaining("exported by a newer version of Jaga");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanSilentlyDropped() throws Exception {
        Path file = Files.writeString(folder.resolve("odd.json"),
                "{\"format\":\"jaga-progress\",\"formatVersion\":1,\"schemaVersion\":2,\"learners\":[],\"pets\":[]}");
        assertThatThrownBy(() -> DataTransfer.read(file))
                .isInstanceOf(ProgressException.UnusableFile.class)
                .hasMessageContaining("is a damaged Jaga export")
                .hasMessageContaining("pets");
    }

    @Test
    void aWholeExportCarriesNeitherThePinNorTheRecoveryCodeNorTheLock() throws Exception {
        PinSettings pin = new PinSettings(new SettingsRepository(database));
        String recovery = "QWERTYUP2345";
        pin.store("4821", recovery);
        pin.setFailures(1); // a wrong try: the count of failures is a PIN setting too
        Map<String, String> stored = new SettingsRepository(database).all();
        assertThat(stored).containsKeys("adult.pin", "adult.recovery", "adult.pin.failures");
        Path file = folder.resolve("everything.jaga-progress");

        DataTransfer.write(new DataTransfer(database).exportEverything(), file);

        String bytes = Files.readString(file);
        assertThat(bytes).doesNotContain("adult.pin").doesNotContain("adult.recovery")
                .doesNotContain(stored.get("adult.pin")).doesNotContain(stored.get("adult.recovery"))
                .doesNotContain("4821").doesNotContain(recovery.replace("-", ""))
                .contains("\"text-size\" : \"150\"");
    }

    @Test
    void theHashesInAnOlderExportAreNeverTakenFromIt() throws Exception {
        // Exports made before this version carried the PIN's settings; a PC with no PIN must not get one from them.
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("adult.pin", "pbkdf2-sha256$1000$c2FsdA==$aGFzaA==");
        settings.put("adult.recovery", "pbkdf2-sha256$1000$c2FsdA==$aGFzaA==");
        settings.put("adult.pin.failures", "4");
        settings.put("adult.pin.lockedUntil", "2099-01-01T00:00:00Z");
        settings.put("text-size", "175");
        Path file = folder.resolve("older.json");
        DataTransfer.write(new ProgressExport(ProgressExport.FORMAT, 1, "2026-01-01T00:00:00Z", 2, null, null,
                settings), file);
        database.close();
        database = Database.open(DataDirectory.prepare(folder.resolve("new-computer")), clock);

        DataTransfer.ImportSummary summary = new DataTransfer(database).importData(DataTransfer.read(file));

        assertThat(summary.settingsAdded()).isEqualTo(1);
        assertThat(new SettingsRepository(database).all()).containsOnlyKeys("text-size");
        assertThat(new PinSettings(new SettingsRepository(database)).isSet()).isFalse();
    }

    @Test
    void aCancelledImportKeepsNothingOfTheFile() {
        ProgressExport everything = new DataTransfer(database).exportEverything();
        database.close();
        database = Database.open(DataDirectory.prepare(folder.resolve("new-computer")), clock);
        Map<String, Integer> before = tableCounts();
        int[] asked = new int[1];

        // Cancel is pressed while the second learner is being added: the first is rolled back too.
        assertThatThrownBy(() -> new DataTransfer(database).importData(everything, () -> ++asked[0] > 1))
                .isInstanceOf(DataTransfer.ImportCancelled.class);

        assertThat(asked[0]).isEqualTo(2);
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void eachBadFileIsNamedForWhatIsWrongWithIt() throws Exception {
        Path notJson = Files.writeString(folder.resolve("notes.json"), "shopping: rice, eggs");
        Path otherJson = Files.writeString(folder.resolve("photo.json"), "{\"camera\": \"X100\"}");
        Path cut = folder.resolve("PC04.jaga-progress");
        DataTransfer.write(new DataTransfer(database).exportEverything(), cut);
        String whole = Files.readString(cut);
        Files.writeString(cut, whole.substring(0, whole.length() / 2), java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        Path empty = Files.writeString(folder.resolve("PC05.jaga-progress"), "");
        Path future = Files.writeString(folder.resolve("PC06.jaga-progress"),
                "{\"format\":\"jaga-progress\",\"formatVersion\":3,\"learners\":[],\"hub\":{}}");

        assertThat(reason(notJson)).isEqualTo(DataTransfer.Refusal.NOT_AN_EXPORT);
        assertThat(reason(otherJson)).isEqualTo(DataTransfer.Refusal.NOT_AN_EXPORT);
        assertThat(reason(cut)).isEqualTo(DataTransfer.Refusal.DAMAGED);
        assertThat(reason(empty)).isEqualTo(DataTransfer.Refusal.DAMAGED);
        assertThat(reason(future)).as("a newer file is called newer even with fields this Jaga does not know")
                .isEqualTo(DataTransfer.Refusal.NEWER);
        assertThat(reason(folder.resolve("gone.jaga-progress"))).isEqualTo(DataTransfer.Refusal.UNREADABLE);
    }

    private static DataTransfer.Refusal reason(Path file) {
        return ((DataTransfer.Reading.Refused) DataTransfer.open(file)).reason();
    }

    private int count(String sql) {
        try (Statement statement = database.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.getInt(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, Integer> tableCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : new String[] {"learner", "school_class", "class_member", "lesson_progress", "chat_choice",
                "quiz_attempt", "quiz_answer", "badge", "review_item", "adult_setting"}) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }
}
