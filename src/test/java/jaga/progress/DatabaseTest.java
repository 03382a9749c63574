package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    private DataDirectory data() {
        return DataDirectory.prepare(folder);
    }

    @Test
    void aNewDatabaseGetsTheLatestSchemaWithWalAndForeignKeys() throws Exception {
        try (Database database = Database.open(data(), clock);
             Statement statement = database.connection().createStatement()) {
            assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(single(statement, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(statement, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(single(statement, "PRAGMA synchronous")).isEqualTo("2"); // FULL
        }
        assertThat(folder.resolve("jaga.db")).exists();
    }

    @Test
    void eachAnswerIsVisibleToAnotherConnectionAsSoonAsItIsRecorded() throws Exception {
        try (Database database = Database.open(data(), clock)) {
            Learner aina = new LearnerRepository(database).create("Aina", "cat", Band.AGES_10_12, Language.MS);
            QuizRepository quizzes = new QuizRepository(database);
            long attempt = quizzes.startAttempt(aina.id(), "grooming-10-12", 1);
            quizzes.recordAnswer(attempt, "q1", "c", 1.0);

            // A separate connection sees it: the answer is committed, not waiting in a transaction.
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + database.file());
                 Statement statement = other.createStatement()) {
                assertThat(single(statement, "SELECT response FROM quiz_answer WHERE question_id = 'q1'")).isEqualTo("c");
            }
        }
    }

    @Test
    void progressSurvivesClosingAndReopening() {
        long attempt;
        try (Database database = Database.open(data(), clock)) {
            Learner danial = new LearnerRepository(database).create("Danial", "owl", Band.AGES_13_17, Language.EN);
            QuizRepository quizzes = new QuizRepository(database);
            attempt = quizzes.startAttempt(danial.id(), "scams-13-17", 2);
            quizzes.recordAnswer(attempt, "q1", "b", 0.0);
            quizzes.recordAnswer(attempt, "q1", "a", 1.0); // answering again replaces
            quizzes.finishAttempt(attempt, 100, true);
        }
        try (Database database = Database.open(data(), clock)) {
            assertThat(new LearnerRepository(database).active()).extracting(Learner::displayName).containsExactly("Danial");
            QuizRepository quizzes = new QuizRepository(database);
            assertThat(quizzes.answers(attempt)).containsExactly(new QuizRepository.RecordedAnswer("q1", "a", 1.0));
            QuizRepository.QuizRecord record = quizzes.records(1).get("scams-13-17");
            assertThat(record.passed()).isTrue();
            assertThat(record.bestScore()).isEqualTo(100);
        }
    }

    @Test
    void aDatabaseFromANewerJagaIsRefusedAndLeftByteForByte() throws Exception {
        Path file = folder.resolve("jaga.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE future (x)");
            statement.executeUpdate("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 5));
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(data(), clock))
                .isInstanceOf(ProgressException.TooNew.class)
                .hasMessageContaining("made by a newer version of Jaga")
                .hasMessageContaining("has not been changed");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folder.resolve("jaga.db-wal")).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndLeftAsItWas() throws Exception {
        Path file = folder.resolve("jaga.db");
        byte[] garbage = "this is not a database, it is a shopping list: rice, eggs".repeat(200).getBytes();
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(data(), clock))
                .isInstanceOf(ProgressException.Damaged.class)
                .hasMessageContaining("is damaged or is not a Jaga database");

        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aTruncatedDatabaseIsReportedAndLeftAsItWas() throws Exception {
        try (Database database = Database.open(data(), clock)) {
            LearnerRepository learners = new LearnerRepository(database);
            for (int i = 0; i < 200; i++) {
                learners.create("Learner " + i, "cat", Band.AGES_7_9, Language.EN);
            }
        }
        Path file = folder.resolve("jaga.db");
        byte[] whole = Files.readAllBytes(file);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2 + 100);
        Files.write(file, truncated);

        assertThatThrownBy(() -> Database.open(data(), clock)).isInstanceOf(ProgressException.Damaged.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(truncated);
    }

    @Test
    void twoChatRepliesAtTheSameStepInTheSameMillisecondAreBothSaved() {
        // The clock stands still, as it does for a reply picked within the same millisecond.
        try (Database database = Database.open(data(), clock)) {
            long learner = new LearnerRepository(database).create("Aina", "cat", Band.AGES_10_12, Language.EN).id();
            ChatChoiceRepository choices = new ChatChoiceRepository(database);
            choices.recordChoice(learner, "grooming-10-12", 1, "lesson", "chat", "keep-quiet");
            choices.recordChoice(learner, "grooming-10-12", 1, "lesson", "chat", "tell-mum");

            assertThat(choices.choices(learner, "grooming-10-12"))
                    .extracting(ChatChoiceRepository.ChatChoice::choiceId, ChatChoiceRepository.ChatChoice::chosenAt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("keep-quiet", "2026-11-22T08:00:00.000Z"),
                            org.assertj.core.groups.Tuple.tuple("tell-mum", "2026-11-22T08:00:00.001Z"));
        }
    }

    @Test
    void deletingALearnerRemovesTheirAttemptsAndAnswers() throws Exception {
        try (Database database = Database.open(data(), clock);
             Statement statement = database.connection().createStatement()) {
            Learner mei = new LearnerRepository(database).create("Mei Ling", "fish", Band.AGES_10_12, Language.EN);
            QuizRepository quizzes = new QuizRepository(database);
            quizzes.recordAnswer(quizzes.startAttempt(mei.id(), "m", 1), "q1", "a", 1.0);

            statement.executeUpdate("DELETE FROM learner WHERE id = " + mei.id());

            assertThat(single(statement, "SELECT COUNT(*) FROM quiz_answer")).isEqualTo("0");
            assertThat(single(statement, "SELECT COUNT(*) FROM quiz_attempt")).isEqualTo("0");
        }
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
