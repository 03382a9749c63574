package jaga.ui.adult;

import jaga.learning.Classroom;
import jaga.learning.Classroom.LearnerRow;
import jaga.progress.LearnerRepository;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Deleting a learner for good: only after the adult ticks that they understand (their name and all
 * their progress go, and it cannot be undone); archiving is offered as the gentler way.
 */
public final class LearnerDeleteViewModel {
    private final Classroom classroom;
    private final Tasks tasks;
    private final LearnersViewModel page;

    private final ReadOnlyObjectWrapper<LearnerRow> learner = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty understood = new SimpleBooleanProperty();

    LearnerDeleteViewModel(Classroom classroom, Background background, LearnersViewModel page) {
        this.classroom = classroom;
        this.tasks = new Tasks(background, "adult area, deleting a learner");
        this.page = page;
    }

    void start(LearnerRow row) {
        learner.set(row);
        understood.set(false);
    }

    void cancel() {
        learner.set(null);
        understood.set(false);
    }

    public void delete() {
        LearnerRow row = learner.get();
        if (row == null || !understood.get() || tasks.isBusy()) {
            return;
        }
        tasks.task(control -> classroom.deleteLearner(row.learner().id())).onSuccess(deleted -> {
            cancel();
            page.learnerGone(deletedNotice(deleted));
        }).onFailure(failure -> {
            cancel();
            page.failedBackToList(failure);
        }).start();
    }

    private static Notice deletedNotice(LearnerRepository.Deleted deleted) {
        Map<String, Integer> counts = deleted.counts();
        return Notice.info("adult.learners.deletedNotice", deleted.learner().displayName(),
                counts.getOrDefault("quiz answers", 0), counts.getOrDefault("badges", 0),
                counts.getOrDefault("lesson places", 0));
    }

    /** The learner the warning is about; null when no delete is open. */
    public ReadOnlyObjectProperty<LearnerRow> learnerProperty() {
        return learner.getReadOnlyProperty();
    }

    /** The adult has ticked that the learner and their progress go for good. */
    public BooleanProperty understoodProperty() {
        return understood;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
