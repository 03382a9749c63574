package jaga.ui.profiles;

import jaga.content.Band;
import jaga.learning.LearningService;
import jaga.learning.PictureLock;
import jaga.progress.AdultPin;
import jaga.progress.Learner;
import jaga.ui.common.Avatars;
import jaga.ui.common.Background;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Who's learning?": children tap their picture. Adding a learner is an adult's task: the
 * first time, the adult sets a PIN (and is shown a recovery code once); after that, the PIN.
 */
public final class ProfilesViewModel {

    /** What the screen shows. */
    public enum Mode { CHOOSE, PICTURE_LOCK, SET_UP_PIN, SHOW_RECOVERY, ENTER_PIN, ADD_LEARNER }

    /** Why the PIN was not accepted, for the screen to say in words. */
    public sealed interface PinProblem {
        record Wrong(int triesLeft) implements PinProblem {}

        record Locked(Instant until) implements PinProblem {}

        record NotFourToEightDigits() implements PinProblem {}

        record DoesNotMatch() implements PinProblem {}
    }

    private final LearningService learning;
    private final AdultPin pin;
    private final Background background;
    private final Consumer<Learner> onChosen;

    private final ObservableList<Learner> learners = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CHOOSE);
    private final ObjectProperty<PinProblem> pinProblem = new SimpleObjectProperty<>();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final StringProperty recoveryCode = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newAvatar = new SimpleStringProperty(Avatars.ALL.get(0).id());
    private final ObjectProperty<Band> newBand = new SimpleObjectProperty<>(Band.AGES_10_12);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding canSave = Bindings.createBooleanBinding(() -> !newName.get().isBlank(), newName);
    private boolean pinIsSet;
    private Set<Long> pictureLocked = Set.of();
    private final ObjectProperty<Learner> unlocking = new SimpleObjectProperty<>();
    private final ObservableList<String> tapped = FXCollections.observableArrayList();
    private final BooleanProperty tryAgain = new SimpleBooleanProperty();

    public ProfilesViewModel(LearningService learning, AdultPin pin, Background background, Consumer<Learner> onChosen) {
        this.learning = learning;
        this.pin = pin;
        this.background = background;
        this.onChosen = onChosen;
    }

    public void load() {
        background.run(() -> new Object[] {learning.learners(), pin.isSet(), learning.pictureLocked()}, result -> {
            @SuppressWarnings("unchecked")
            List<Learner> list = (List<Learner>) result[0];
            pinIsSet = (Boolean) result[1];
            @SuppressWarnings("unchecked")
            Set<Long> locked = (Set<Long>) result[2];
            pictureLocked = locked;
            learners.setAll(list);
            loaded.set(true);
            if (list.isEmpty()) {
                startAdding(); // first run: the adult sets up Jaga
            }
        }, failure -> error.set(failure.getMessage()));
    }

    /** A child tapped their face: their lessons open, or first their picture lock if they have one. */
    public void choose(Learner learner) {
        if (pictureLocked.contains(learner.id())) {
            unlocking.set(learner);
            tapped.clear();
            tryAgain.set(false);
            mode.set(Mode.PICTURE_LOCK);
        } else {
            onChosen.accept(learner);
        }
    }

    /**
     * One tap on the picture lock. After {@link PictureLock#LENGTH} taps the sequence is checked:
     * right opens the learner's lessons; wrong just says "try again", never which picture was wrong.
     */
    public void tapPicture(String picture) {
        Learner learner = unlocking.get();
        if (learner == null || checking.get() || tapped.size() >= PictureLock.LENGTH) {
            return;
        }
        tryAgain.set(false);
        tapped.add(picture);
        if (tapped.size() < PictureLock.LENGTH) {
            return;
        }
        List<String> sequence = List.copyOf(tapped);
        checking.set(true);
        background.run(() -> learning.unlocks(learner, sequence), opened -> {
            checking.set(false);
            tapped.clear();
            if (opened) {
                unlocking.set(null);
                mode.set(Mode.CHOOSE);
                onChosen.accept(learner);
            } else {
                tryAgain.set(true);
            }
        }, failure -> {
            checking.set(false);
            tapped.clear();
            error.set(failure.getMessage());
        });
    }

    /** Back to "Who is learning?" from the picture lock. */
    public void leavePictureLock() {
        unlocking.set(null);
        tapped.clear();
        tryAgain.set(false);
        mode.set(Mode.CHOOSE);
    }

    /** "Add a learner": the adult sets a PIN the first time, and gives it after that. */
    public void startAdding() {
        pinProblem.set(null);
        error.set("");
        mode.set(pinIsSet ? Mode.ENTER_PIN : Mode.SET_UP_PIN);
    }

    public void setUpPin(String first, String again) {
        if (!AdultPin.isWellFormed(first)) {
            pinProblem.set(new PinProblem.NotFourToEightDigits());
            return;
        }
        if (!first.equals(again)) {
            pinProblem.set(new PinProblem.DoesNotMatch());
            return;
        }
        checking.set(true);
        background.run(() -> pin.setUp(first), code -> {
            checking.set(false);
            pinIsSet = true;
            pinProblem.set(null);
            recoveryCode.set(code);
            mode.set(Mode.SHOW_RECOVERY);
        }, failure -> {
            checking.set(false);
            error.set(failure.getMessage());
        });
    }

    /** The adult has written the recovery code down; it is not shown again. */
    public void recoveryNoted() {
        recoveryCode.set("");
        startForm();
    }

    public void enterPin(String attempt) {
        checking.set(true);
        background.run(() -> pin.check(attempt), check -> {
            checking.set(false);
            if (check instanceof AdultPin.Check.Accepted) {
                pinProblem.set(null);
                startForm();
            } else if (check instanceof AdultPin.Check.Wrong wrong) {
                pinProblem.set(new PinProblem.Wrong(wrong.triesLeft()));
            } else {
                pinProblem.set(new PinProblem.Locked(((AdultPin.Check.Locked) check).until()));
            }
        }, failure -> {
            checking.set(false);
            error.set(failure.getMessage());
        });
    }

    private void startForm() {
        newName.set("");
        mode.set(Mode.ADD_LEARNER);
    }

    public void cancel() {
        if (!learners.isEmpty()) {
            mode.set(Mode.CHOOSE);
        }
    }

    /** Saves the new learner and goes straight to their lessons. */
    public void save(String language) {
        if (!canSave.get()) {
            return;
        }
        String name = newName.get().strip();
        String avatar = newAvatar.get();
        String band = newBand.get().code();
        background.run(() -> learning.addLearner(name, avatar, band, language), learner -> {
            learners.add(learner);
            mode.set(Mode.CHOOSE);
            onChosen.accept(learner);
        }, failure -> error.set(failure.getMessage()));
    }

    public ObservableList<Learner> learners() {
        return learners;
    }

    /** The learner whose picture lock is showing, else null. */
    public ObjectProperty<Learner> unlockingProperty() {
        return unlocking;
    }

    /** Pictures tapped so far on the lock; the screen shows only how many. */
    public ObservableList<String> tappedPictures() {
        return tapped;
    }

    public BooleanProperty tryAgainProperty() {
        return tryAgain;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<PinProblem> pinProblemProperty() {
        return pinProblem;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    public StringProperty recoveryCodeProperty() {
        return recoveryCode;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newAvatarProperty() {
        return newAvatar;
    }

    public ObjectProperty<Band> newBandProperty() {
        return newBand;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public static List<Band> childBands() {
        return List.of(Band.AGES_7_9, Band.AGES_10_12, Band.AGES_13_17);
    }
}
