package jaga.ui.adult;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.learning.AdultPin;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.SettingsRepository;
import jaga.testing.TestClock;
import jaga.ui.common.Background;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adult area's lock, on a real database: PIN in, five idle minutes or leaving locks it again. */
class AdultAreaViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private TestClock clock;
    private AdultPin pin;
    private int left;
    private AdultAreaViewModel area;

    @BeforeEach
    void open() {
        clock = TestClock.standing();
        database = Database.open(DataDirectory.prepare(folder), clock);
        pin = new AdultPin(new SettingsRepository(database), clock);
        area = new AdultAreaViewModel(new PinGateViewModel(pin, Background.direct()), clock, () -> left++);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFirstVisitSetsThePinAndShowsTheRecoveryCodeBeforeOpening() {
        area.open();
        assertThat(area.gate().modeProperty().get()).isEqualTo(PinGateViewModel.Mode.SET_UP);

        area.gate().setUp("4829", "4830");
        assertThat(area.gate().problemProperty().get()).isInstanceOf(PinGateViewModel.PinProblem.DoesNotMatch.class);
        area.gate().setUp("48", "48");
        assertThat(area.gate().problemProperty().get()).isInstanceOf(PinGateViewModel.PinProblem.NotFourToEightDigits.class);
        area.gate().setUp("482913", "482913");

        assertThat(area.gate().modeProperty().get()).isEqualTo(PinGateViewModel.Mode.SHOW_RECOVERY);
        assertThat(area.gate().recoveryCodeProperty().get()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(area.unlockedProperty().get()).as("not until the code is noted").isFalse();
        area.gate().recoveryNoted();
        assertThat(area.unlockedProperty().get()).isTrue();
        assertThat(area.gate().recoveryCodeProperty().get()).as("shown once").isEmpty();
    }

    @Test
    void fiveIdleMinutesLockTheAreaAndActivityKeepsItOpen() {
        pin.setUp("482913");
        area.open();
        area.gate().enter("482913");
        assertThat(area.unlockedProperty().get()).isTrue();

        clock.advance(Duration.ofMinutes(4));
        area.noteActivity();
        clock.advance(Duration.ofMinutes(4));
        area.checkIdle();
        assertThat(area.unlockedProperty().get()).as("used four minutes ago").isTrue();

        clock.advance(Duration.ofMinutes(1));
        area.checkIdle();
        assertThat(area.unlockedProperty().get()).isFalse();
        assertThat(area.gate().modeProperty().get()).isEqualTo(PinGateViewModel.Mode.ENTER);
        assertThat(left).as("locked in place, not sent away").isZero();

        area.gate().enter("482913");
        assertThat(area.unlockedProperty().get()).isTrue();
    }

    @Test
    void leavingLocksTheArea() {
        pin.setUp("482913");
        area.open();
        area.gate().enter("482913");

        area.leave();

        assertThat(area.unlockedProperty().get()).isFalse();
        assertThat(left).isEqualTo(1);
        area.open();
        assertThat(area.gate().modeProperty().get()).as("the PIN is asked again").isEqualTo(PinGateViewModel.Mode.ENTER);
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftThenLocks() {
        pin.setUp("482913");
        area.open();
        for (int left = 4; left >= 1; left--) {
            area.gate().enter("000000");
            assertThat(area.gate().problemProperty().get()).isEqualTo(new PinGateViewModel.PinProblem.Wrong(left));
        }
        area.gate().enter("000000");
        assertThat(area.gate().problemProperty().get()).isInstanceOf(PinGateViewModel.PinProblem.Locked.class);
        assertThat(((PinGateViewModel.PinProblem.Locked) area.gate().problemProperty().get()).minutes())
                .as("30 seconds: said as a minute, not as a clock time").isEqualTo(1);
        area.gate().enter("482913");
        assertThat(area.unlockedProperty().get()).as("even the right PIN waits out the lock").isFalse();
    }

    @Test
    void theRecoveryCodeChoosesANewPinAndShowsANewCode() {
        String recovery = pin.setUp("482913");
        area.open();
        area.gate().forgot();
        assertThat(area.gate().modeProperty().get()).isEqualTo(PinGateViewModel.Mode.FORGOT);

        area.gate().reset("AAAA-BBBB-CCCC", "135790", "135790");
        assertThat(area.gate().problemProperty().get()).isInstanceOf(PinGateViewModel.PinProblem.WrongRecoveryCode.class);
        area.gate().reset(recovery, "135790", "135790");

        assertThat(area.gate().modeProperty().get()).isEqualTo(PinGateViewModel.Mode.SHOW_RECOVERY);
        assertThat(area.gate().recoveryCodeProperty().get()).isNotEqualTo(recovery);
        area.gate().recoveryNoted();
        assertThat(area.unlockedProperty().get()).isTrue();
        assertThat(pin.check("135790")).isInstanceOf(AdultPin.Check.Accepted.class);
    }
}
