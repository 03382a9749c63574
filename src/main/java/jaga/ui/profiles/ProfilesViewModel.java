package jaga.ui.profiles;

import jaga.content.Band;
import jaga.learning.LearningService;
import jaga.progress.Learner;
import jaga.ui.common.Avatars;
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

/** "Who's learning?": the learners on this computer, and the form to add one. */
public final class ProfilesViewModel {
    private final LearningService learning;
    private final Background background;
    private final Consumer<Learner> onChosen;

    private final ObservableList<Learner> learners = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty adding = new SimpleBooleanProperty();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newAvatar = new SimpleStringProperty(Avatars.ALL.get(0).id());
    private final ObjectProperty<Band> newBand = new SimpleObjectProperty<>(Band.AGES_10_12);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding canSave = Bindings.createBooleanBinding(() -> !newName.get().isBlank(), newName);

    public ProfilesViewModel(LearningService learning, Background background, Consumer<Learner> onChosen) {
        this.learning = learning;
        this.background = background;
        this.onChosen = onChosen;
    }

    public void load() {
        background.run(learning::learners, list -> {
            learners.setAll(list);
            adding.set(list.isEmpty());
            loaded.set(true);
        }, failure -> error.set(failure.getMessage()));
    }

    public void choose(Learner learner) {
        onChosen.accept(learner);
    }

    public void startAdding() {
        newName.set("");
        error.set("");
        adding.set(true);
    }

    public void cancelAdding() {
        adding.set(false);
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
            adding.set(false);
            onChosen.accept(learner);
        }, failure -> error.set(failure.getMessage()));
    }

    public ObservableList<Learner> learners() {
        return learners;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty addingProperty() {
        return adding;
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
