package jaga.ui.profiles;

import jaga.learning.WhoIsLearning;
import jaga.learning.PictureLock;
import jaga.model.Learner;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A child's picture lock: three taps on their pictures, checked after the third. Right opens their
 * lessons; wrong just says "try again", never which picture was wrong.
 */
public final class PictureLockViewModel {
    private final WhoIsLearning learning;
    private final Tasks tasks;
    private final Consumer<Learner> onOpened;
    private final Runnable onLeft;
    private final ReadOnlyObjectWrapper<Learner> unlocking = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> tapped = FXCollections.observableArrayList();
    private final ObservableList<String> tappedReadOnly = FXCollections.unmodifiableObservableList(tapped);
    private final ReadOnlyBooleanWrapper tryAgain = new ReadOnlyBooleanWrapper();

    /**
     * @param onOpened the learner whose pictures were right
     * @param onLeft   the child went back without opening
     */
    PictureLockViewModel(WhoIsLearning learning, Background background, Consumer<Learner> onOpened, Runnable onLeft) {
        this.learning = learning;
        this.tasks = new Tasks(background, "who is learning, picture lock", failure -> tapped.clear());
        this.onOpened = onOpened;
        this.onLeft = onLeft;
    }

    /** The lock of this learner, with nothing tapped yet. */
    void start(Learner learner) {
        unlocking.set(learner);
        tapped.clear();
        tryAgain.set(false);
        tasks.clearProblem();
    }

    /** One tap. After {@link PictureLock#LENGTH} taps the sequence is checked. */
    public void tapPicture(String picture) {
        Learner learner = unlocking.get();
        if (learner == null || tasks.isBusy() || tapped.size() >= PictureLock.LENGTH) {
            return;
        }
        tryAgain.set(false);
        tapped.add(picture);
        if (tapped.size() < PictureLock.LENGTH) {
            return;
        }
        List<String> sequence = List.copyOf(tapped);
        tasks.run(() -> learning.unlocks(learner, sequence), opened -> {
            tapped.clear();
            if (opened) {
                unlocking.set(null);
                onOpened.accept(learner);
            } else {
                tryAgain.set(true);
            }
        });
    }

    /** Back to "Who is learning?" without opening. */
    public void leave() {
        unlocking.set(null);
        tapped.clear();
        tryAgain.set(false);
        onLeft.run();
    }

    /** The learner whose picture lock is showing, else null. */
    public ReadOnlyObjectProperty<Learner> unlockingProperty() {
        return unlocking.getReadOnlyProperty();
    }

    /** Pictures tapped so far; the screen shows only how many. */
    public ObservableList<String> tappedPictures() {
        return tappedReadOnly;
    }

    /** True after a wrong sequence, until the next tap. */
    public ReadOnlyBooleanProperty tryAgainProperty() {
        return tryAgain.getReadOnlyProperty();
    }

    /** True while a picture sequence is being checked (the pictures wait). */
    public ReadOnlyBooleanProperty checkingProperty() {
        return tasks.busyProperty();
    }

    /** Why the pictures could not be checked (said with {@code Problems}), or null. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return tasks.problemProperty();
    }
}
