package jaga.ui.adult;

import jaga.model.Band;
import jaga.content.ContentModule;
import jaga.learning.Classroom;
import jaga.learning.Classroom.ClassRow;
import jaga.learning.Classroom.LearnerRow;
import jaga.learning.Roster;
import jaga.progress.LearnerRepository.LearnerProfile;
import jaga.ui.common.Background;
import jaga.ui.common.RememberedPlaces;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The Classes page: classes with how many learners each has; create, rename, archive and delete
 * (learners stay); and for the chosen class, who is in it, which age bands' modules it sees, and
 * modules shown or hidden whatever the bands. Every change is saved as it is made (a slip of a
 * check box is undone by ticking it again), so leaving the page, the idle lock or closing Jaga
 * never loses one; a typed new name is saved when the adult moves on. What was saved is said where
 * the adult is looking (beside the part changed, and in a line that stays in view). See
 * docs/decisions/0008-classes-page-saves-as-you-go.md.
 */
public final class ClassesViewModel {
    private static final Logger LOG = Logger.getLogger(ClassesViewModel.class.getName());

    /** A module's place in a class: by the class's bands (no choice), always shown, or hidden. */
    public enum ModuleChoice { BY_BAND, SHOW, HIDE }

    /** The parts of a class that are saved on their own, for the page to say which was just saved. */
    public enum Part { MEMBERS, BANDS, MODULES }

    private final Classroom classroom;
    private final Background background;

    private final ObservableList<ClassRow> classes = FXCollections.observableArrayList();
    private final ObservableList<LearnerRow> learners = FXCollections.observableArrayList();
    private final ObservableList<ContentModule> modules = FXCollections.observableArrayList();
    private final ObjectProperty<ClassRow> selected = new SimpleObjectProperty<>();
    private final StringProperty newClassName = new SimpleStringProperty("");
    private final StringProperty rename = new SimpleStringProperty("");
    private final ObservableSet<Long> members = FXCollections.observableSet();
    private final ObservableSet<Band> bands = FXCollections.observableSet();
    private final ObservableMap<String, ModuleChoice> moduleChoices = FXCollections.observableHashMap();
    private final BooleanProperty confirmingDelete = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Part> savedPart = new SimpleObjectProperty<>();
    private final IntegerProperty saving = new SimpleIntegerProperty();
    private final RememberedPlaces places;

    public ClassesViewModel(Classroom classroom, Background background) {
        this(classroom, background, RememberedPlaces.inMemory());
    }

    /** @param places where the class looked at last is remembered (the Progress page opens on it too) */
    public ClassesViewModel(Classroom classroom, Background background, RememberedPlaces places) {
        this.classroom = Objects.requireNonNull(classroom);
        this.background = Objects.requireNonNull(background);
        this.places = Objects.requireNonNull(places);
        selected.addListener((obs, old, row) -> {
            // The same class read again (after one of its parts was saved) keeps what is on the page.
            if (old == null || row == null || old.schoolClass().id() != row.schoolClass().id()) {
                showClass(row);
            }
            if (row != null) {
                places.viewed("class:" + row.schoolClass().id());
            }
        });
    }

    private record Loaded(List<ClassRow> classes, List<LearnerRow> learners, List<ContentModule> modules) {}

    /** Reads the classes; the class chosen before stays chosen, else the class looked at last. */
    public void load() {
        Long keep = selected.get() == null ? null : selected.get().schoolClass().id();
        if (keep == null) {
            keep = places.lastView().filter(v -> v.matches("class:\\d+"))
                    .map(v -> Long.valueOf(v.substring("class:".length()))).orElse(null);
        }
        load(keep);
    }

    private void load(Long select) {
        background.run(() -> new Loaded(classroom.classes(), classroom.learners(), classroom.assignableModules()),
                loaded -> {
                    learners.setAll(loaded.learners());
                    modules.setAll(loaded.modules());
                    classes.setAll(loaded.classes());
                    selected.set(loaded.classes().stream()
                            .filter(c -> select != null && c.schoolClass().id() == select).findFirst().orElse(null));
                }, this::failed);
    }

    /** Copies the chosen class into the page's editable state. */
    private void showClass(ClassRow row) {
        confirmingDelete.set(false);
        members.clear();
        bands.clear();
        moduleChoices.clear();
        if (row == null) {
            rename.set("");
            return;
        }
        rename.set(row.schoolClass().name());
        row.members().forEach(m -> members.add(m.id()));
        bands.addAll(row.bands());
        row.modules().forEach((id, shown) -> moduleChoices.put(id, shown ? ModuleChoice.SHOW : ModuleChoice.HIDE));
    }

    public void createClass() {
        String name = newClassName.get().strip();
        if (name.isEmpty()) {
            notice.set(Notice.problem("adult.classes.nameNeeded"));
            return;
        }
        if (tooLong(name)) {
            return;
        }
        if (classes.stream().anyMatch(c -> c.schoolClass().name().strip().equalsIgnoreCase(name))) {
            notice.set(Notice.problem("adult.classes.nameTaken", name));
            return;
        }
        background.run(() -> classroom.createClass(name), created -> {
            newClassName.set("");
            notice.set(Notice.info("adult.classes.created", name));
            load(created.id());
        }, this::failed);
    }

    public void renameSelected() {
        ClassRow row = selected.get();
        String name = rename.get().strip();
        if (row == null || name.equals(row.schoolClass().name())) {
            return;
        }
        if (name.isEmpty()) {
            notice.set(Notice.problem("adult.classes.nameNeeded"));
            return;
        }
        if (tooLong(name)) {
            return;
        }
        background.run(() -> classroom.renameClass(row.schoolClass().id(), name), () -> {
            notice.set(Notice.info("adult.classes.renamed", row.schoolClass().name(), name));
            load(row.schoolClass().id());
        }, this::failed);
    }

    private boolean tooLong(String name) {
        if (name.codePointCount(0, name.length()) > Roster.MAX_CLASS_NAME) {
            notice.set(Notice.problem("adult.classes.nameTooLong", Roster.MAX_CLASS_NAME));
            return true;
        }
        return false;
    }

    public void toggleArchivedSelected() {
        ClassRow row = selected.get();
        if (row == null) {
            return;
        }
        boolean archive = !row.schoolClass().archived();
        background.run(() -> classroom.archiveClass(row.schoolClass().id(), archive), () -> {
            notice.set(Notice.info(archive ? "adult.classes.archivedNotice" : "adult.classes.unarchivedNotice",
                    row.schoolClass().name()));
            load(row.schoolClass().id());
        }, this::failed);
    }

    public void startDeleting() {
        if (selected.get() != null) {
            confirmingDelete.set(true);
        }
    }

    public void cancelDeleting() {
        confirmingDelete.set(false);
    }

    /** Deletes the class and its module choices; its learners and their progress stay. */
    public void deleteSelected() {
        ClassRow row = selected.get();
        if (row == null || !confirmingDelete.get()) {
            return;
        }
        background.run(() -> classroom.deleteClass(row.schoolClass().id()), () -> {
            confirmingDelete.set(false);
            notice.set(Notice.info("adult.classes.deletedNotice", row.schoolClass().name(), row.members().size()));
            selected.set(null);
            load(null);
        }, this::failed);
    }

    /** Puts a learner in the chosen class or takes them out, and saves who is in it. */
    public void setMember(long learnerId, boolean member) {
        if (member ? members.add(learnerId) : members.remove(learnerId)) {
            List<Long> memberIds = List.copyOf(members);
            save(Part.MEMBERS, id -> classroom.setMembers(id, memberIds));
        }
    }

    /** Shows or stops showing an age band's modules to the chosen class, and saves its bands. */
    public void setBand(Band band, boolean seen) {
        if (seen ? bands.add(band) : bands.remove(band)) {
            Set<Band> bandSet = Set.copyOf(bands);
            save(Part.BANDS, id -> classroom.setClassBands(id, bandSet));
        }
    }

    /** Shows, hides or leaves to the bands one module for the chosen class, and saves its module choices. */
    public void setModuleChoice(String moduleId, ModuleChoice choice) {
        if (choice == null || choice == moduleChoice(moduleId)) {
            return;
        }
        if (choice == ModuleChoice.BY_BAND) {
            moduleChoices.remove(moduleId);
        } else {
            moduleChoices.put(moduleId, choice);
        }
        Map<String, Boolean> choices = new LinkedHashMap<>();
        moduleChoices.forEach((module, shown) -> choices.put(module, shown == ModuleChoice.SHOW));
        save(Part.MODULES, id -> classroom.setClassModules(id, choices));
    }

    public ModuleChoice moduleChoice(String moduleId) {
        return moduleChoices.getOrDefault(moduleId, ModuleChoice.BY_BAND);
    }

    /** A typed new name is kept when the adult moves on (leaves the field or the page), as if Rename was chosen. */
    public void leavingName() {
        ClassRow row = selected.get();
        String name = rename.get().strip();
        if (row != null && !name.isEmpty() && !name.equals(row.schoolClass().name())) {
            renameSelected();
        }
    }

    private interface Saving {
        void save(long classId);
    }

    /**
     * Saves one part of the chosen class off the screen's thread (in the order the changes were
     * made), then says so; the list's count follows without the page losing its place. When saving
     * fails, the class is read again so the page shows what is really kept.
     */
    private void save(Part part, Saving work) {
        ClassRow row = selected.get();
        if (row == null) {
            return;
        }
        long id = row.schoolClass().id();
        String name = row.schoolClass().name();
        int count = members.size();
        saving.set(saving.get() + 1);
        busy.set(true);
        background.run(() -> work.save(id), () -> {
            saving.set(saving.get() - 1);
            busy.set(saving.get() > 0);
            savedPart.set(null);
            savedPart.set(part);
            notice.set(switch (part) {
                case MEMBERS -> Notice.info("adult.classes.savedMembers", name, count);
                case BANDS -> Notice.info("adult.classes.savedBands", name);
                case MODULES -> Notice.info("adult.classes.savedModules", name);
            });
            refreshRow(id);
        }, failure -> {
            saving.set(saving.get() - 1);
            busy.set(saving.get() > 0);
            savedPart.set(null);
            failed(failure);
            selected.set(null); // read the class again as it is kept
            load(id);
        });
    }

    /** The chosen class's row as the page now has it (its count in the list), the page keeping its place. */
    private void refreshRow(long id) {
        ClassRow current = selected.get();
        if (current == null || current.schoolClass().id() != id) {
            return;
        }
        Map<Long, LearnerProfile> byId = new HashMap<>();
        learners.forEach(l -> byId.put(l.learner().id(), l.learner()));
        List<LearnerProfile> memberProfiles = members.stream().map(byId::get).filter(Objects::nonNull).toList();
        Map<String, Boolean> choices = new LinkedHashMap<>();
        moduleChoices.forEach((module, shown) -> choices.put(module, shown == ModuleChoice.SHOW));
        ClassRow updated = new ClassRow(current.schoolClass(), memberProfiles, Set.copyOf(bands), choices);
        int index = classes.indexOf(current);
        selected.set(updated);
        if (index >= 0) {
            classes.set(index, updated);
        }
    }

    /** Learners the member list offers: everyone not archived, and anyone already in the class. */
    public List<LearnerRow> memberChoices() {
        return learners.stream().filter(l -> !l.learner().archived() || members.contains(l.learner().id()))
                .collect(Collectors.toList());
    }

    private void failed(Throwable failure) {
        jaga.ui.common.Failures.log(LOG, "adult area, classes", failure);
        notice.set(Notice.failure("adult.classes.failed", failure));
    }

    public ObservableList<ClassRow> classes() {
        return classes;
    }

    public ObservableList<LearnerRow> learners() {
        return learners;
    }

    public ObservableList<ContentModule> modules() {
        return modules;
    }

    public ObjectProperty<ClassRow> selectedProperty() {
        return selected;
    }

    public StringProperty newClassNameProperty() {
        return newClassName;
    }

    public StringProperty renameProperty() {
        return rename;
    }

    public ObservableSet<Long> members() {
        return members;
    }

    public ObservableSet<Band> bands() {
        return bands;
    }

    public ObservableMap<String, ModuleChoice> moduleChoices() {
        return moduleChoices;
    }

    public BooleanProperty confirmingDeleteProperty() {
        return confirmingDelete;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The part of the class saved last (set again on each save), for a "Saved" beside it; null when none. */
    public ObjectProperty<Part> savedPartProperty() {
        return savedPart;
    }
}
