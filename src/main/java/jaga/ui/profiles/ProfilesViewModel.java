package jaga.ui.profiles;

import jaga.content.Band;
import jaga.learning.LearningService;
import jaga.progress.AdultPin;
import jaga.progress.Learner;
import jaga.ui.common.Avatars;
import jaga.ui.adult.PinGateViewModel;
import jaga.ui.common.Background;
import java.util.List;
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
    public enum Mode { CHOOSE, ADULT_PIN, ADD_LEARNER }

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

    public ProfilesViewModel(LearningService learning, AdultPin pin, Background background, Consumer<Learner> onChosen) {
        this.learning = learning;
        this.gate = new PinGateViewModel(pin, background);
        this.background = background;
        this.onChosen = onChosen;
    }

    public void load() {
        background.run(learning::learners, list -> {
            learners.setAll(list);
            loaded.set(true);
            if (list.isEmpty()) {
                startAdding(); // first run: the adult sets up Jaga
            }
        }, failure -> error.set(failure.getMessage()));
    }

    public void choose(Learner learner) {
        onChosen.accept(learner);
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
