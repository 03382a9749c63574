package jaga.ui.adult;

import jaga.model.Band;
import jaga.content.ContentModule;
import jaga.learning.Classroom;
import jaga.learning.Classroom.LearnerRow;
import jaga.learning.PictureLock;
import jaga.learning.Roster;
import jaga.learning.RosterImport;
import jaga.learning.RosterTemplate;
import jaga.model.Language;
import jaga.progress.LearnerRepository;
import jaga.ui.common.Avatars;
import jaga.ui.common.Background;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
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
import javafx.collections.ObservableMap;

/**
 * The Learners page: everyone (archived too), one form to add or edit a learner with their
 * picture lock, archive, delete after a deliberate confirmation, and a class roster imported from
 * CSV after a preview. Nothing from a roster with problems is imported unless the adult chooses to
 * skip those rows.
 */
public final class LearnersViewModel {

    /** What the page shows: the list, or one of the panels opened from it. */
    public enum Mode { LIST, FORM, DELETE, IMPORT }

    /** What happens to the picture lock when the form is saved. */
    public enum LockChoice { NONE, KEEP, NEW }

    private static final Logger LOG = Logger.getLogger(LearnersViewModel.class.getName());

    private final Classroom classroom;
    private final Background background;

    private final ObservableList<LearnerRow> learners = FXCollections.observableArrayList();
    private final ObjectProperty<LearnerRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LIST);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    // the form
    private final ObjectProperty<LearnerRow> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty avatar = new SimpleStringProperty(Avatars.ALL.get(0).id());
    private final ObjectProperty<Band> band = new SimpleObjectProperty<>(Band.AGES_10_12);
    private final StringProperty language = new SimpleStringProperty("en");
    private final ObjectProperty<LockChoice> lockChoice = new SimpleObjectProperty<>(LockChoice.NONE);
    private final ObservableList<String> newLock = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> formProblem = new SimpleObjectProperty<>();
    /** The learner's own module choices (absent: their classes and band decide); they beat the classes'. */
    private final ObservableMap<String, ClassesViewModel.ModuleChoice> moduleChoices = FXCollections.observableHashMap();
    private final ObservableList<ContentModule> modules = FXCollections.observableArrayList();
    private final BooleanBinding canSave;

    // deleting
    private final BooleanProperty deleteUnderstood = new SimpleBooleanProperty();

    // the roster
    private final StringProperty rosterPath = new SimpleStringProperty("");
    private final StringProperty rosterLanguage = new SimpleStringProperty("en");
    /** The adult's own screen language: the first choice for a new learner's language. */
    private final StringProperty adultLanguage = new SimpleStringProperty("en");
    private final ObjectProperty<RosterImport.Preview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> rosterProblem = new SimpleObjectProperty<>();
    private final BooleanBinding canImportAll;
    private final BooleanBinding canImportSkipping;

    /**
     * On a computer paired with a school hub, brings the class lists from the hub before a class
     * list is read, so its children are matched against every PC's learners; false when paired but
     * the hub cannot be reached (the list is then not read: it could add every child twice).
     */
    @FunctionalInterface
    public interface RosterFromHub {
        RosterFromHub NONE = () -> true;

        boolean bring();
    }

    /** The hub could not be asked before a class list was read. */
    static final class HubAway extends RuntimeException {
        HubAway() {
            super("the school hub cannot be reached");
        }
    }

    private RosterFromHub rosterFromHub = RosterFromHub.NONE;

    public LearnersViewModel(Classroom classroom, Background background, RosterFromHub rosterFromHub) {
        this(classroom, background);
        this.rosterFromHub = Objects.requireNonNull(rosterFromHub);
    }

    public LearnersViewModel(Classroom classroom, Background background) {
        this.classroom = Objects.requireNonNull(classroom);
        this.background = Objects.requireNonNull(background);
        canSave = Bindings.createBooleanBinding(() -> !name.get().isBlank()
                        && (lockChoice.get() != LockChoice.NEW || newLock.size() == PictureLock.LENGTH) && !busy.get(),
                name, lockChoice, newLock, busy);
        canImportAll = Bindings.createBooleanBinding(() -> preview.get() != null && !preview.get().hasProblems()
                && !preview.get().rows().isEmpty() && !busy.get(), preview, busy);
        canImportSkipping = Bindings.createBooleanBinding(() -> preview.get() != null && preview.get().hasProblems()
                && !preview.get().rows().isEmpty() && !busy.get(), preview, busy);
    }

    public void load() {
        load(null);
    }

    private void load(Long select) {
        if (modules.isEmpty()) {
            modules.setAll(classroom.assignableModules()); // from the loaded content: no file or database work
        }
        background.run(classroom::learners, rows -> {
            learners.setAll(rows);
            Long keep = select != null ? select : selected.get() == null ? null : selected.get().learner().id();
            selected.set(rows.stream().filter(r -> keep != null && r.learner().id() == keep).findFirst().orElse(null));
        }, this::failed);
    }

    // ------------------------------------------------------------------ add and edit

    public void startAdding() {
        editing.set(null);
        name.set("");
        avatar.set(Avatars.ALL.get(learners.size() % Avatars.ALL.size()).id());
        band.set(Band.AGES_10_12);
        language.set(adultLanguage.get());
        lockChoice.set(LockChoice.NONE);
        newLock.clear();
        moduleChoices.clear();
        formProblem.set(null);
        mode.set(Mode.FORM);
    }

    public void startEditing(LearnerRow row) {
        if (row == null) {
            return;
        }
        editing.set(row);
        name.set(row.learner().displayName());
        avatar.set(row.learner().avatar());
        band.set(row.learner().band());
        language.set(row.learner().language().code());
        lockChoice.set(row.pictureLocked() ? LockChoice.KEEP : LockChoice.NONE);
        newLock.clear();
        moduleChoices.clear();
        formProblem.set(null);
        mode.set(Mode.FORM);
        background.run(() -> classroom.learnerModuleChoices(row.learner().id()), choices -> {
            if (editing.get() == row) { // still the same form
                choices.forEach((id, shown) -> moduleChoices.put(id, shown ? ClassesViewModel.ModuleChoice.SHOW
                        : ClassesViewModel.ModuleChoice.HIDE));
            }
        }, this::failed);
    }

    /** Adds a picture to the new lock's sequence (the same picture may come twice). */
    public void pickLockPicture(String picture) {
        if (newLock.size() < PictureLock.LENGTH && PictureLock.PICTURES.contains(picture)) {
            newLock.add(picture);
            lockChoice.set(LockChoice.NEW);
        }
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

    public ObservableMap<String, ClassesViewModel.ModuleChoice> moduleChoices() {
        return moduleChoices;
    }

    /** The learner modules an adult can show or hide. */
    public ObservableList<ContentModule> modules() {
        return modules;
    }

    public void clearLockPictures() {
        newLock.clear();
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        LearnerRow row = editing.get();
        String newName = name.get().strip();
        if (newName.codePointCount(0, newName.length()) > Roster.MAX_NAME) {
            formProblem.set(Notice.info("adult.learners.nameTooLong", Roster.MAX_NAME));
            return;
        }
        String newAvatar = avatar.get();
        Band newBand = band.get();
        String newLanguage = language.get();
        LockChoice lock = lockChoice.get();
        List<String> pictures = List.copyOf(newLock);
        Map<String, Boolean> ownModules = new java.util.LinkedHashMap<>();
        moduleChoices.forEach((id, choice) -> ownModules.put(id, choice == ClassesViewModel.ModuleChoice.SHOW));
        busy.set(true);
        background.run(() -> {
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
            if (row != null || !ownModules.isEmpty()) {
                classroom.setLearnerModules(id, ownModules);
            }
            return id;
        }, id -> {
            busy.set(false);
            mode.set(Mode.LIST);
            notice.set(Notice.info(row == null ? "adult.learners.added" : "adult.learners.saved", newName));
            load(id);
        }, failure -> {
            busy.set(false);
            log(failure);
            formProblem.set(Notice.failure("adult.learners.saveFailed", failure));
        });
    }

    // ------------------------------------------------------------------ archive and delete

    public void toggleArchived(LearnerRow row) {
        if (row == null) {
            return;
        }
        boolean archive = !row.learner().archived();
        String learnerName = row.learner().displayName();
        background.run(() -> classroom.archiveLearner(row.learner().id(), archive), () -> {
            notice.set(Notice.info(archive ? "adult.learners.archivedNotice" : "adult.learners.unarchivedNotice",
                    learnerName));
            load(row.learner().id());
        }, this::failed);
    }

    /** Opens the warning: the learner's name, all their progress, cannot be undone. */
    public void startDeleting(LearnerRow row) {
        if (row == null) {
            return;
        }
        selected.set(row);
        deleteUnderstood.set(false);
        mode.set(Mode.DELETE);
    }

    public void delete() {
        LearnerRow row = selected.get();
        if (row == null || !deleteUnderstood.get() || mode.get() != Mode.DELETE) {
            return;
        }
        busy.set(true);
        background.run(() -> classroom.deleteLearner(row.learner().id()), deleted -> {
            busy.set(false);
            deleteUnderstood.set(false);
            mode.set(Mode.LIST);
            notice.set(deletedNotice(deleted));
            selected.set(null);
            load();
        }, failure -> {
            busy.set(false);
            mode.set(Mode.LIST);
            failed(failure);
        });
    }

    private static Notice deletedNotice(LearnerRepository.Deleted deleted) {
        Map<String, Integer> counts = deleted.counts();
        return Notice.info("adult.learners.deletedNotice", deleted.learner().displayName(),
                counts.getOrDefault("quiz answers", 0), counts.getOrDefault("badges", 0),
                counts.getOrDefault("lesson places", 0));
    }

    // ------------------------------------------------------------------ roster

    public void startImport() {
        rosterPath.set("");
        rosterLanguage.set(adultLanguage.get());
        preview.set(null);
        rosterProblem.set(null);
        mode.set(Mode.IMPORT);
    }

    /** The adult chose a file in the file chooser: check it straight away. */
    public void rosterChosen(Path file) {
        rosterPath.set(file.toString());
        checkRoster();
    }

    /** Reads and checks the file named in {@link #rosterPathProperty()}; imports nothing. */
    public void checkRoster() {
        preview.set(null);
        rosterProblem.set(null);
        String text = rosterPath.get().strip();
        if (text.isEmpty()) {
            rosterProblem.set(Notice.info("adult.roster.noFile"));
            return;
        }
        Path file;
        try {
            file = Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            rosterProblem.set(Notice.info("adult.roster.badPath", text));
            return;
        }
        busy.set(true);
        background.run(() -> {
            if (!rosterFromHub.bring()) {
                throw new HubAway();
            }
            return classroom.previewRoster(file);
        }, checked -> {
            busy.set(false);
            preview.set(checked);
        }, failure -> {
            busy.set(false);
            if (failure instanceof HubAway) {
                rosterProblem.set(Notice.problem("adult.roster.hubAway"));
                return;
            }
            if (failure instanceof Roster.Refused refused && refused.reason() != Roster.Refused.Reason.UNREADABLE) {
                // Said in the adult's language: what is wrong with the file and what to change.
                rosterProblem.set(Notice.problem("roster.refused." + refused.reason().name(),
                        refused.details().toArray()));
                return;
            }
            if (!(failure instanceof Roster.Refused)) {
                log(failure);
            }
            rosterProblem.set(Notice.failure("adult.roster.refused", failure));
        });
    }

    /**
     * Saves a class list template (in the adult's language) to start from: the headings Jaga reads
     * and example rows, to open in a spreadsheet.
     */
    public void saveTemplate(Path target) {
        String language = adultLanguage.get();
        busy.set(true);
        background.run(() -> {
            RosterTemplate.write(target, language);
            return target;
        }, saved -> {
            busy.set(false);
            rosterProblem.set(Notice.info("adult.roster.templateSaved", saved.toString()));
        }, failure -> {
            busy.set(false);
            log(failure);
            rosterProblem.set(Notice.failure("adult.roster.templateFailed", failure));
        });
    }

    /** Imports every row; only offered when no row has a problem. */
    public void importAll() {
        if (canImportAll.get()) {
            importRoster(false);
        }
    }

    /** Imports the good rows and leaves out the rows with problems, as the adult chose. */
    public void importSkippingProblems() {
        if (canImportSkipping.get()) {
            importRoster(true);
        }
    }

    private void importRoster(boolean skip) {
        RosterImport.Preview checked = preview.get();
        busy.set(true);
        background.run(() -> classroom.importRoster(checked, skip, Language.parse(rosterLanguage.get())), result -> {
            busy.set(false);
            preview.set(null);
            mode.set(Mode.LIST);
            notice.set(Notice.info("adult.roster.imported", result.learnersAdded(), result.classes(),
                    result.classesCreated(), result.skipped().size()));
            load();
        }, failure -> {
            busy.set(false);
            log(failure);
            rosterProblem.set(Notice.failure("adult.roster.importFailed", failure));
        });
    }

    // ------------------------------------------------------------------ common

    /** Back to the list from any panel; nothing is saved. */
    public void cancel() {
        mode.set(Mode.LIST);
        formProblem.set(null);
        deleteUnderstood.set(false);
    }

    /** Logged once here, where it is handled; the adult sees a message, not a stack trace. */
    private static void log(Throwable failure) {
        jaga.ui.common.Failures.log(LOG, "adult area, learners", failure);
    }

    private void failed(Throwable failure) {
        log(failure);
        notice.set(Notice.failure("adult.learners.failed", failure));
    }

    public ObservableList<LearnerRow> learners() {
        return learners;
    }

    public ObjectProperty<LearnerRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<LearnerRow> editingProperty() {
        return editing;
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

    public ObservableList<String> newLock() {
        return newLock;
    }

    public ObjectProperty<Notice> formProblemProperty() {
        return formProblem;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanProperty deleteUnderstoodProperty() {
        return deleteUnderstood;
    }

    public StringProperty rosterPathProperty() {
        return rosterPath;
    }

    public StringProperty adultLanguageProperty() {
        return adultLanguage;
    }

    /** The language learners added from the roster start in (each can change it later). */
    public StringProperty rosterLanguageProperty() {
        return rosterLanguage;
    }

    public ObjectProperty<RosterImport.Preview> previewProperty() {
        return preview;
    }

    public ObjectProperty<Notice> rosterProblemProperty() {
        return rosterProblem;
    }

    public BooleanBinding canImportAllProperty() {
        return canImportAll;
    }

    public BooleanBinding canImportSkippingProperty() {
        return canImportSkipping;
    }
}
