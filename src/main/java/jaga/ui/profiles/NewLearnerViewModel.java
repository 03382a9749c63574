package jaga.ui.profiles;

import jaga.model.Band;
import jaga.model.Language;
import jaga.learning.WhoIsLearning;
import jaga.learning.Roster;
import jaga.model.Learner;
import jaga.ui.common.Avatars;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The new-learner form an adult fills in: name, picture, age band. */
public final class NewLearnerViewModel {

    /** What is wrong with the name typed, for the form to say next to the field. */
    public enum NameProblem { MISSING, TOO_LONG }

    private final WhoIsLearning learning;
    private final Tasks tasks;
    private final Consumer<Learner> onSaved;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty avatar = new SimpleStringProperty(Avatars.ALL.get(0).id());
    private final ObjectProperty<Band> band = new SimpleObjectProperty<>(Band.AGES_10_12);
    private final ObjectBinding<NameProblem> nameProblem = Bindings.createObjectBinding(() -> problemWith(name.get()), name);
    private final BooleanBinding canSave;

    NewLearnerViewModel(WhoIsLearning learning, Background background, Consumer<Learner> onSaved) {
        this.learning = learning;
        this.tasks = new Tasks(background, "who is learning, new learner");
        this.onSaved = onSaved;
        // Not while saving: a second press would add the child twice.
        this.canSave = nameProblem.isNull().and(tasks.busyProperty().not());
    }

    static NameProblem problemWith(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return NameProblem.MISSING;
        }
        return name.codePointCount(0, name.length()) > Roster.MAX_NAME ? NameProblem.TOO_LONG : null;
    }

    /** An empty name (the picture and age stay as they were). */
    void clear() {
        name.set("");
        tasks.clearProblem();
    }

    /** Saves the new learner; {@code language} is the screen's, which becomes theirs. */
    public void save(String language) {
        if (!canSave.get()) {
            return;
        }
        String newName = name.get().strip();
        String newAvatar = avatar.get();
        Band newBand = band.get();
        tasks.run(() -> learning.addLearner(newName, newAvatar, newBand, Language.parse(language)), onSaved);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty avatarProperty() {
        return avatar;
    }

    public ObjectProperty<Band> bandProperty() {
        return band;
    }

    /** What is wrong with the name, or null when it can be saved. */
    public ObjectBinding<NameProblem> nameProblemProperty() {
        return nameProblem;
    }

    /** Why the learner could not be saved (said with {@code Problems}), or null. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return tasks.problemProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
