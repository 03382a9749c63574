package jaga.ui.profiles;

import jaga.content.Band;
import jaga.learning.LearningService;
import jaga.learning.PictureLock;
import jaga.progress.AdultPin;
import jaga.progress.Learner;
import jaga.ui.common.Avatars;
import jaga.ui.adult.PinGateViewModel;
import jaga.ui.common.Background;
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

    /** What the screen shows: the pictures, the adult's PIN, or the new-learner form. */
    public enum Mode { CHOOSE, PICTURE_LOCK, ADULT_PIN, ADD_LEARNER }

    private final LearningService learning;
    private final PinGateViewModel gate;
    private final Background background;
    private final Consumer<Learner> onChosen;

    private final ObservableList<Learner> learners = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CHOOSE);
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newAvatar = new SimpleStringProperty(Avatars.ALL.get(0).id());
    private final ObjectProperty<Band> newBand = new SimpleObjectProperty<>(Band.AGES_10_12);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding canSave = Bindings.createBooleanBinding(() -> !newName.get().isBlank(), newName);
    private Set<Long> pictureLocked = Set.of();
    private final ObjectProperty<Learner> unlocking = new SimpleObjectProperty<>();
    private final ObservableList<String> tapped = FXCollections.observableArrayList();
    private final BooleanProperty tryAgain = new SimpleBooleanProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();

    public ProfilesViewModel(LearningService learning, AdultPin pin, Background background, Consumer<Learner> onChosen) {
        this.learning = learning;
        this.gate = new PinGateViewModel(pin, background);
        this.background = background;
        this.onChosen = onChosen;
    }

    public void load() {
        background.run(() -> new Object[] {learning.learners(), learning.pictureLocked()}, result -> {
            @SuppressWarnings("unchecked")
            List<Learner> list = (List<Learner>) result[0];
            @SuppressWarnings("unchecked")
            Set<Long> locked = (Set<Long>) result[1];
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
        error.set("");
        mode.set(Mode.ADULT_PIN);
        gate.open(this::startForm);
    }

    private void startForm() {
        newName.set("");
        mode.set(Mode.ADD_LEARNER);
    }

    public void cancel() {
        if (!learners.isEmpty()) {
            gate.close();
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

    /** True while a picture sequence is being checked (the pictures wait). */
    public BooleanProperty checkingProperty() {
        return checking;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public PinGateViewModel gate() {
        return gate;
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
