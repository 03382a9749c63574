package jaga.ui.profiles;

import jaga.model.Band;
import jaga.learning.AdultPin;
import jaga.learning.WhoIsLearning;
import jaga.model.Learner;
import jaga.ui.adult.PinGateViewModel;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Who's learning?": children tap their picture ({@link #chooser()}), some then their picture lock
 * ({@link #pictureLock()}). Adding a learner is an adult's task: the first time, the adult sets a
 * PIN (and is shown a recovery code once); after that, the PIN ({@link #gate()}); then the form
 * ({@link #form()}). This model says which of them shows ({@link #modeProperty()}).
 */
public final class ProfilesViewModel {

    /** What the screen shows: the pictures, a picture lock, the adult's PIN, the first-use question or the new-learner form. */
    public enum Mode { CHOOSE, PICTURE_LOCK, ADULT_PIN, FIRST_USE, ADD_LEARNER }

    /**
     * The class chosen on the screen, kept while Jaga runs: the next child in the same lab
     * lesson finds their class already chosen. (The search is not kept: it is the last child's.)
     */
    public static final class Remembered {
        String className;
    }

    private final WhoIsLearning who;
    private final PinGateViewModel gate;
    private final Tasks tasks;
    private final Consumer<Learner> onChosen;
    private final LearnerChooserViewModel chooser;
    private final PictureLockViewModel pictureLock;
    private final NewLearnerViewModel form;

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.CHOOSE);
    private Set<Long> pictureLocked = Set.of();
    private Runnable onSetUpClass;

    /** @param remembered the class chosen last time this screen showed, kept by whoever outlives the screen */
    public ProfilesViewModel(WhoIsLearning who, AdultPin pin, Background background, Remembered remembered,
                             Consumer<Learner> onChosen) {
        this.who = who;
        this.gate = new PinGateViewModel(pin, background);
        this.tasks = new Tasks(background, "who is learning");
        this.onChosen = onChosen;
        this.chooser = new LearnerChooserViewModel(remembered);
        this.pictureLock = new PictureLockViewModel(who, background, opened -> {
            mode.set(Mode.CHOOSE);
            signIn(opened);
        }, () -> mode.set(Mode.CHOOSE));
        this.form = new NewLearnerViewModel(who, background, learner -> {
            chooser.added(learner);
            mode.set(Mode.CHOOSE);
            onChosen.accept(learner);
        });
    }

    /** Reads everyone on the background worker, then shows them. */
    public void load() {
        tasks.run(who::everyone, this::show);
    }

    /** Shows everyone already read (at start-up, with the progress file, before the screen is built). */
    public void show(WhoIsLearning.Everyone everyone) {
        pictureLocked = everyone.pictureLocked();
        chooser.show(everyone.learners(), everyone.classesOf());
        loaded.set(true);
        if (everyone.learners().isEmpty()) {
            startAdding(); // first run: the adult sets up Jaga
        }
    }

    /** A child tapped their face: their lessons open, or first their picture lock if they have one. */
    public void choose(Learner learner) {
        if (pictureLocked.contains(learner.id())) {
            pictureLock.start(learner);
            mode.set(Mode.PICTURE_LOCK);
        } else {
            signIn(learner);
        }
    }

    private void signIn(Learner learner) {
        chooser.clearSearch(); // the next child does not find the last one's name typed
        onChosen.accept(learner);
    }

    /**
     * "Add a learner": the adult sets a PIN the first time, and gives it after that. On a computer
     * with nobody on it yet, they are first asked whether it is for their children or for a class,
     * when something can set up a class ({@link #setOnSetUpClass}).
     */
    public void startAdding() {
        mode.set(Mode.ADULT_PIN);
        gate.open(() -> {
            if (chooser.learners().isEmpty() && onSetUpClass != null) {
                mode.set(Mode.FIRST_USE);
            } else {
                startForm();
            }
        });
    }

    /** Where a teacher goes to set up a class (the adult area's learners and class lists), the PIN just given. */
    public void setOnSetUpClass(Runnable onSetUpClass) {
        this.onSetUpClass = onSetUpClass;
    }

    /** First use, for a family: the form for the first child. */
    public void forMyChildren() {
        startForm();
    }

    /** First use, for a school: the class lists, without asking for the PIN again. */
    public void forAClass() {
        gate.close();
        onSetUpClass.run();
    }

    private void startForm() {
        form.clear();
        mode.set(Mode.ADD_LEARNER);
    }

    /** Back to the pictures from the PIN or the form, when there is anyone to choose. */
    public void cancel() {
        if (!chooser.learners().isEmpty()) {
            gate.close();
            mode.set(Mode.CHOOSE);
        }
    }

    /** The pictures, the class choice and the search. */
    public LearnerChooserViewModel chooser() {
        return chooser;
    }

    /** The picture lock of the child who tapped a locked picture. */
    public PictureLockViewModel pictureLock() {
        return pictureLock;
    }

    /** The new-learner form. */
    public NewLearnerViewModel form() {
        return form;
    }

    public PinGateViewModel gate() {
        return gate;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** Why the learners could not be read (said with {@code Problems}), or null. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return tasks.problemProperty();
    }

    /** The age bands a child can be in, as the forms offer them. */
    public static List<Band> childBands() {
        return List.of(Band.AGES_7_9, Band.AGES_10_12, Band.AGES_13_17);
    }
}
