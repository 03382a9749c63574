package jaga.ui.adult;

import jaga.model.Band;
import jaga.content.ContentModule;
import jaga.learning.Classroom;
import jaga.learning.Classroom.LearnerRow;
import jaga.learning.PictureLock;
import jaga.learning.Roster;
import jaga.model.Language;
import jaga.ui.common.Avatars;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The learner form on the Learners page: a new learner or one being edited, with their picture,
 * band, language, picture lock and their own module choices. A name that cannot be saved is said
 * while it is typed, not only when Save is pressed.
 */
public final class LearnerFormViewModel {

    /** What happens to the picture lock when the form is saved. */
    public enum LockChoice { NONE, KEEP, NEW }

    private final Classroom classroom;
    private final Tasks tasks;
    private final LearnersViewModel page;

    private final ReadOnlyObjectWrapper<LearnerRow> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty avatar = new SimpleStringProperty(Avatars.ALL.get(0).id());
    private final ObjectProperty<Band> band = new SimpleObjectProperty<>(Band.AGES_10_12);
    private final StringProperty language = new SimpleStringProperty("en");
    private final ObjectProperty<LockChoice> lockChoice = new SimpleObjectProperty<>(LockChoice.NONE);
    private final ObservableList<String> newLock = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> problem = new ReadOnlyObjectWrapper<>();
    /** The learner's own module choices (absent: their classes and band decide); they beat the classes'. */
    private final ObservableMap<String, ClassesViewModel.ModuleChoice> moduleChoices = FXCollections.observableHashMap();
    /** The edited learner's own module choices were read into the form (a failed read saves none). */
    private boolean moduleChoicesRead;
    private final ObservableList<ContentModule> modules = FXCollections.observableArrayList();
    // Read-only views, made once: a view made per call would drop its listeners when collected.
    private final ObservableList<String> newLockShown = FXCollections.unmodifiableObservableList(newLock);
    private final ObservableMap<String, ClassesViewModel.ModuleChoice> moduleChoicesShown =
            FXCollections.unmodifiableObservableMap(moduleChoices);
    private final ObservableList<ContentModule> modulesShown = FXCollections.unmodifiableObservableList(modules);
    private final ObjectBinding<Notice> nameProblem;
    private final BooleanBinding canSave;

    LearnerFormViewModel(Classroom classroom, Background background, LearnersViewModel page) {
        this.classroom = classroom;
        this.tasks = new Tasks(background, "adult area, learner form");
        this.page = page;
        nameProblem = Bindings.createObjectBinding(() -> nameProblem(name.get()), name);
        canSave = Bindings.createBooleanBinding(() -> !name.get().isBlank()
                        && (lockChoice.get() != LockChoice.NEW || newLock.size() == PictureLock.LENGTH) && !tasks.isBusy(),
                name, lockChoice, newLock, tasks.busyProperty());
    }

    /** What is wrong with a name as typed, or null: too long for a learner's name. A blank name is simply not saved. */
    static Notice nameProblem(String typed) {
        String stripped = typed == null ? "" : typed.strip();
        return stripped.codePointCount(0, stripped.length()) > Roster.MAX_NAME
                ? Notice.problem("adult.learners.nameTooLong", Roster.MAX_NAME) : null;
    }

    void loadModules() {
        if (modules.isEmpty()) {
            modules.setAll(classroom.assignableModules()); // from the loaded content: no file or database work
        }
    }

    /** An empty form; the picture follows on from the learners already there, the language is the adult's own. */
    void startAdding(int learnersSoFar, String adultLanguage) {
        editing.set(null);
        name.set("");
        avatar.set(Avatars.ALL.get(learnersSoFar % Avatars.ALL.size()).id());
        band.set(Band.AGES_10_12);
        language.set(adultLanguage);
        lockChoice.set(LockChoice.NONE);
        newLock.clear();
        moduleChoices.clear();
        problem.set(null);
    }

    void startEditing(LearnerRow row) {
        editing.set(row);
        name.set(row.learner().displayName());
        avatar.set(row.learner().avatar());
        band.set(row.learner().band());
        language.set(row.learner().language().code());
        lockChoice.set(row.pictureLocked() ? LockChoice.KEEP : LockChoice.NONE);
        newLock.clear();
        moduleChoices.clear();
        moduleChoicesRead = false;
        problem.set(null);
        tasks.task(control -> classroom.learnerModuleChoices(row.learner().id())).onSuccess(choices -> {
            if (editing.get() == row) { // still the same form
                choices.forEach((id, shown) -> moduleChoices.put(id, shown ? ClassesViewModel.ModuleChoice.SHOW
                        : ClassesViewModel.ModuleChoice.HIDE));
                moduleChoicesRead = true;
            }
        }).onFailure(failure -> problem.set(Notice.failure("adult.learners.failed", failure))).start();
    }

    void cancel() {
        problem.set(null);
    }

    /** Adds a picture to the new lock's sequence (the same picture may come twice). */
    public void pickLockPicture(String picture) {
        if (newLock.size() < PictureLock.LENGTH && PictureLock.PICTURES.contains(picture)) {
            newLock.add(picture);
            lockChoice.set(LockChoice.NEW);
        }
    }

    public void clearLockPictures() {
        newLock.clear();
    }

    public void setModuleChoice(String moduleId, ClassesViewModel.ModuleChoice choice) {
        if (choice == null || choice == ClassesViewModel.ModuleChoice.BY_BAND) {
            moduleChoices.remove(moduleId);
        } else {
            moduleChoices.put(moduleId, choice);
        }
    }

    public ClassesViewModel.ModuleChoice moduleChoice(String moduleId) {
        return moduleChoices.getOrDefault(moduleId, ClassesViewModel.ModuleChoice.BY_BAND);
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        Notice refused = nameProblem.get();
        if (refused != null) {
            problem.set(refused);
            return;
        }
        LearnerRow row = editing.get();
        String newName = name.get().strip();
        String newAvatar = avatar.get();
        Band newBand = band.get();
        String newLanguage = language.get();
        LockChoice lock = lockChoice.get();
        boolean choicesRead = moduleChoicesRead;
        List<String> pictures = List.copyOf(newLock);
        Map<String, Boolean> ownModules = new LinkedHashMap<>();
        moduleChoices.forEach((id, choice) -> ownModules.put(id, choice == ClassesViewModel.ModuleChoice.SHOW));
        tasks.task(control -> {
            long id;
            if (row == null) {
                id = classroom.addLearner(newName, newAvatar, newBand, Language.parse(newLanguage)).id();
            } else {
                id = row.learner().id();
                classroom.editLearner(id, newName, newAvatar, newBand, Language.parse(newLanguage));
            }
            if (lock == LockChoice.NEW) {
                classroom.setPictureLock(id, pictures);
            } else if (lock == LockChoice.NONE && (row == null || row.pictureLocked())) {
                classroom.clearPictureLock(id);
            }
            // An edit whose module choices could not be read leaves them as they are: saving the empty
            // form would wipe the learner's own modules.
            if (row == null ? !ownModules.isEmpty() : choicesRead) {
                classroom.setLearnerModules(id, ownModules);
            }
            return id;
        }).onSuccess(id -> page.backToList(Notice.info(row == null ? "adult.learners.added" : "adult.learners.saved",
                newName), id))
                .onFailure(failure -> problem.set(Notice.failure("adult.learners.saveFailed", failure))).start();
    }

    // ------------------------------------------------------------------ state

    /** The learner being edited; null while a new one is added. */
    public ReadOnlyObjectProperty<LearnerRow> editingProperty() {
        return editing.getReadOnlyProperty();
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

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<LockChoice> lockChoiceProperty() {
        return lockChoice;
    }

    /** The new lock's pictures so far, in order. */
    public ObservableList<String> newLock() {
        return newLockShown;
    }

    /** What the form could not do (save refused or failed), or null. */
    public ReadOnlyObjectProperty<Notice> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What is wrong with the name as typed, or null, kept up to date while it is typed. */
    public ObservableValue<Notice> nameProblemProperty() {
        return nameProblem;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    /** The learner's own module choices, by module id. */
    public ObservableMap<String, ClassesViewModel.ModuleChoice> moduleChoices() {
        return moduleChoicesShown;
    }

    /** The learner modules an adult can show or hide. */
    public ObservableList<ContentModule> modules() {
        return modulesShown;
    }
}
