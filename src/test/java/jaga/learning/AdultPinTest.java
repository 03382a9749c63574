package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.QuizRepository;
import jaga.progress.SettingsRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jaga.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdultPinTest {

    @TempDir
    Path folder;

    private Database database;
    private TestClock clock;
    private AdultPin pin;

    @BeforeEach
    void open() {
        clock = TestClock.standing();
        database = Database.open(DataDirectory.prepare(folder), clock);
        pin = new AdultPin(new SettingsRepository(database), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theRightPinIsAcceptedAndAWrongOneIsNot() {
        pin.setUp("482913");

        assertThat(pin.check("482913")).isInstanceOf(AdultPin.Check.Accepted.class);
        assertThat(pin.check("111111")).isEqualTo(new AdultPin.Check.Wrong(4));
    }

    @Test
    void thePinAndRecoveryCodeNeverAppearInTheDatabaseFile() throws Exception {
        String recovery = pin.setUp("482913");
        database.close();

        byte[] bytes = Files.readAllBytes(folder.resolve("jaga.db"));
        String asText = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("482913").doesNotContain(recovery).doesNotContain(recovery.replace("-", ""));
        assertThat(asText).contains("pbkdf2-sha256$210000$");
        database = Database.open(DataDirectory.prepare(folder), clock); // for close()
    }

    @Test
    void fiveWrongTriesLockThePinForLongerEachTime() {
        pin.setUp("482913");
        for (int tries = 4; tries >= 1; tries--) {
            assertThat(pin.check("000000")).isEqualTo(new AdultPin.Check.Wrong(tries));
        }

        AdultPin.Check fifth = pin.check("000000");
        assertThat(fifth).isEqualTo(new AdultPin.Check.Locked(clock.instant().plusSeconds(30)));
        assertThat(pin.check("482913")).as("even the right PIN waits").isInstanceOf(AdultPin.Check.Locked.class);

        clock.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 4; i++) {
            pin.check("000000");
        }
        assertThat(pin.check("000000")).as("the second lock is twice as long")
                .isEqualTo(new AdultPin.Check.Locked(clock.instant().plusSeconds(60)));

        clock.advance(Duration.ofSeconds(61));
        assertThat(pin.check("482913")).isInstanceOf(AdultPin.Check.Accepted.class);
    }

    @Test
    void theRecoveryCodeResetsThePinAndLeavesEveryLearnersProgressAlone() throws Exception {
        String recovery = pin.setUp("482913");
        Learner aina = new LearnerRepository(database).create("Aina", "cat", Band.AGES_10_12, Language.MS);
        QuizRepository quizzes = new QuizRepository(database);
        long attempt = quizzes.startAttempt(aina.id(), "grooming-10-12", 2);
        quizzes.recordAnswer(attempt, "q1", "c", 1.0);
        quizzes.finishAttempt(attempt, 100, true);
        var before = quizzes.records(aina.id());
        for (int i = 0; i < 5; i++) {
            pin.check("000000"); // locked out
        }

        assertThat(pin.reset("wrong-code-0000", "135790")).isEmpty();
        String newRecovery = pin.reset(recovery.toLowerCase(), "135790").orElseThrow();

        assertThat(newRecovery).isNotEqualTo(recovery);
        assertThat(pin.check("135790")).as("the lock is lifted too").isInstanceOf(AdultPin.Check.Accepted.class);
        assertThat(pin.check("482913")).isInstanceOf(AdultPin.Check.Wrong.class);
        assertThat(new LearnerRepository(database).active()).containsExactly(aina);
        assertThat(quizzes.records(aina.id())).isEqualTo(before);
        assertThat(quizzes.answers(attempt)).containsExactly(new QuizRepository.RecordedAnswer("q1", "c", 1.0));
    }

    @Test
    void aPinIsFourToEightDigits() {
        assertThat(AdultPin.isWellFormed("1234")).isTrue();
        assertThat(AdultPin.isWellFormed("12345678")).isTrue();
        assertThat(AdultPin.isWellFormed("123")).isFalse();
        assertThat(AdultPin.isWellFormed("123456789")).isFalse();
        assertThat(AdultPin.isWellFormed("12a4")).isFalse();
    }
}
