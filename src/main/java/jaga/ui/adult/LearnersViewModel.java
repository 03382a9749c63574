package jaga.ui.adult;

import jaga.learning.Classroom;
import jaga.learning.Classroom.LearnerRow;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Learners page: everyone (archived too), with archive, and the panels opened from the list:
 * the form to add or edit a learner ({@link LearnerFormViewModel}), the deliberate delete
 * ({@link LearnerDeleteViewModel}) and a class roster imported from CSV after a preview
 * ({@link RosterImportViewModel}). Each panel hands back to the list with what to say.
 */
public final class LearnersViewModel {

    /** What the page shows: the list, or one of the panels opened from it. */
    public enum Mode { LIST, FORM, DELETE, IMPORT }

    private final Classroom classroom;
    private final Tasks tasks;

    private final ObservableList<LearnerRow> learners = FXCollections.observableArrayList();
    private final ObservableList<LearnerRow> learnersShown = FXCollections.unmodifiableObservableList(learners);
    private final ReadOnlyObjectWrapper<LearnerRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.LIST);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    /** The adult's own screen language: the first choice for a new learner's language. */
    private final StringProperty adultLanguage = new SimpleStringProperty("en");

    private final LearnerFormViewModel form;
    private final LearnerDeleteViewModel deleting;
    private final RosterImportViewModel roster;

    public LearnersViewModel(Classroom classroom, Background background) {
        this(classroom, background, RosterImportViewModel.RosterFromHub.NONE);
    }

    public LearnersViewModel(Classroom classroom, Background background,
                             RosterImportViewModel.RosterFromHub rosterFromHub) {
        this.classroom = Objects.requireNonNull(classroom);
        this.tasks = new Tasks(background, "adult area, learners", this::failed);
        form = new LearnerFormViewModel(classroom, background, this);
        deleting = new LearnerDeleteViewModel(classroom, background, this);
        roster = new RosterImportViewModel(classroom, background, Objects.requireNonNull(rosterFromHub), this);
    }

    public void load() {
        load(null);
    }

    private void load(Long select) {
        form.loadModules();
        tasks.run(classroom::learners, rows -> {
            learners.setAll(rows);
            Long keep = select != null ? select : selected.get() == null ? null : selected.get().learner().id();
            selected.set(rows.stream().filter(r -> keep != null && r.learner().id() == keep).findFirst().orElse(null));
        });
    }

    /** The learner chosen in the list (null: none). */
    public void select(LearnerRow row) {
        selected.set(row);
    }

    public void startAdding() {
        form.startAdding(learners.size(), adultLanguage.get());
        mode.set(Mode.FORM);
    }

    public void startEditing(LearnerRow row) {
        if (row != null) {
            form.startEditing(row);
            mode.set(Mode.FORM);
        }
    }

    public void toggleArchived(LearnerRow row) {
        if (row == null) {
            return;
        }
        boolean archive = !row.learner().archived();
        String learnerName = row.learner().displayName();
        tasks.run(() -> classroom.archiveLearner(row.learner().id(), archive), () ->
                backToList(Notice.info(archive ? "adult.learners.archivedNotice" : "adult.learners.unarchivedNotice",
                        learnerName), row.learner().id()));
    }

    /** Opens the warning: the learner's name, all their progress, cannot be undone. */
    public void startDeleting(LearnerRow row) {
        if (row != null) {
            selected.set(row);
            deleting.start(row);
            mode.set(Mode.DELETE);
        }
    }

    public void startImport() {
        roster.start(adultLanguage.get());
        mode.set(Mode.IMPORT);
    }

    /** Back to the list from any panel; nothing is saved. */
    public void cancel() {
        mode.set(Mode.LIST);
        form.cancel();
        deleting.cancel();
    }

    // ------------------------------------------------------------------ for the panels

    /** A panel is done: back to the list, saying what happened, with the given learner chosen (null: as before). */
    void backToList(Notice said, Long select) {
        mode.set(Mode.LIST);
        notice.set(said);
        load(select);
    }

    /** The chosen learner was deleted: back to the list, none chosen. */
    void learnerGone(Notice said) {
        selected.set(null);
        backToList(said, null);
    }

    /** A panel's work failed (already logged, by its tasks): back to the list, which says so. */
    void failedBackToList(Throwable failure) {
        mode.set(Mode.LIST);
        failed(failure);
    }

    /** The one failure handler of the list's own work (logged once by {@link Tasks}): the list says so. */
    private void failed(Throwable failure) {
        notice.set(Notice.failure("adult.learners.failed", failure));
    }

    // ------------------------------------------------------------------ state

    public ObservableList<LearnerRow> learners() {
        return learnersShown;
    }

    public ReadOnlyObjectProperty<LearnerRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringProperty adultLanguageProperty() {
        return adultLanguage;
    }

    public LearnerFormViewModel form() {
        return form;
    }

    public LearnerDeleteViewModel deleting() {
        return deleting;
    }

    public RosterImportViewModel roster() {
        return roster;
    }
}
