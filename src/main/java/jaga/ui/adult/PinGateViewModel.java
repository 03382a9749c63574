package jaga.ui.adult;

import jaga.learning.AdultPin;
import jaga.ui.common.Background;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The adult PIN in front of adult tasks (adding a learner, the adult area): set it the first
 * time and see the recovery code once; give it after that; or, with the recovery code, choose a
 * new PIN. No child's progress is touched by any of it.
 */
public final class PinGateViewModel {

    /** What the gate shows. */
    public enum Mode { CLOSED, SET_UP, SHOW_RECOVERY, ENTER, FORGOT }

    /** Why the PIN (or recovery code) was not accepted, for the screen to say in words. */
    public sealed interface PinProblem {
        record Wrong(int triesLeft) implements PinProblem {}

        /** Locked until then: about {@code minutes} minutes (rounded up) from when it was tried. */
        record Locked(Instant until, long minutes) implements PinProblem {}

        record NotFourToEightDigits() implements PinProblem {}

        record DoesNotMatch() implements PinProblem {}

        record WrongRecoveryCode() implements PinProblem {}
    }

    private final AdultPin pin;
    private final Background background;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CLOSED);
    private final ObjectProperty<PinProblem> problem = new SimpleObjectProperty<>();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final StringProperty recoveryCode = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Runnable onOpened = () -> { };

    public PinGateViewModel(AdultPin pin, Background background) {
        this.pin = Objects.requireNonNull(pin);
        this.background = Objects.requireNonNull(background);
    }

    /** Asks for the PIN (or to set one up, the first time); {@code then} runs once it is given. */
    public void open(Runnable then) {
        onOpened = Objects.requireNonNull(then);
        problem.set(null);
        error.set("");
        checking.set(true);
        background.run(pin::isSet, isSet -> {
            checking.set(false);
            mode.set(isSet ? Mode.ENTER : Mode.SET_UP);
        }, this::failed);
    }

    public void setUp(String first, String again) {
        if (wellFormedPair(first, again)) {
            checking.set(true);
            background.run(() -> pin.setUp(first), this::showRecovery, this::failed);
        }
    }

    public void enter(String attempt) {
        checking.set(true);
        background.run(() -> pin.check(attempt), check -> {
            checking.set(false);
            if (check instanceof AdultPin.Check.Accepted) {
                passed();
            } else if (check instanceof AdultPin.Check.Wrong wrong) {
                problem.set(new PinProblem.Wrong(wrong.triesLeft()));
            } else {
                Instant until = ((AdultPin.Check.Locked) check).until();
                problem.set(new PinProblem.Locked(until, pin.minutesUntil(until)));
            }
        }, this::failed);
    }

    /** "I forgot the PIN": the recovery code written down at setup lets the adult choose a new one. */
    public void forgot() {
        problem.set(null);
        mode.set(Mode.FORGOT);
    }

    public void reset(String code, String first, String again) {
        if (wellFormedPair(first, again)) {
            checking.set(true);
            background.run(() -> pin.reset(code, first), newCode -> {
                if (newCode.isPresent()) {
                    showRecovery(newCode.get());
                } else {
                    checking.set(false);
                    problem.set(new PinProblem.WrongRecoveryCode());
                }
            }, this::failed);
        }
    }

    /** The adult has written the recovery code down; it is not shown again. */
    public void recoveryNoted() {
        recoveryCode.set("");
        passed();
    }

    /** Back to asking for the PIN, from the recovery form. */
    public void backToPin() {
        problem.set(null);
        mode.set(Mode.ENTER);
    }

    public void close() {
        problem.set(null);
        recoveryCode.set("");
        mode.set(Mode.CLOSED);
    }

    private boolean wellFormedPair(String first, String again) {
        if (!AdultPin.isWellFormed(first)) {
            problem.set(new PinProblem.NotFourToEightDigits());
            return false;
        }
        if (!first.equals(again)) {
            problem.set(new PinProblem.DoesNotMatch());
            return false;
        }
        return true;
    }

    private void showRecovery(String code) {
        checking.set(false);
        problem.set(null);
        recoveryCode.set(code);
        mode.set(Mode.SHOW_RECOVERY);
    }

    private void passed() {
        problem.set(null);
        mode.set(Mode.CLOSED);
        onOpened.run();
    }

    private void failed(Throwable failure) {
        checking.set(false);
        error.set(failure.getMessage());
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<PinProblem> problemProperty() {
        return problem;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    public StringProperty recoveryCodeProperty() {
        return recoveryCode;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
