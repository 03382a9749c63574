package jaga.ui.adult;

import jaga.content.Band;
import jaga.content.ContentModule;
import jaga.learning.Classroom;
import jaga.learning.Classroom.ClassRow;
import jaga.learning.Classroom.LearnerRow;
import jaga.learning.Roster;
import jaga.ui.common.Background;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
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
 * modules shown or hidden whatever the bands. The class's changes are kept in the page until the
 * adult saves them, so a slip of a checkbox costs nothing.
 */
public final class ClassesViewModel {
    private static final Logger LOG = Logger.getLogger(ClassesViewModel.class.getName());

    /** A module's place in a class: by the class's bands (no choice), always shown, or hidden. */
    public enum ModuleChoice { BY_BAND, SHOW, HIDE }

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

    public ClassesViewModel(Classroom classroom, Background background) {
        this.classroom = Objects.requireNonNull(classroom);
        this.background = Objects.requireNonNull(background);
        selected.addListener((obs, old, row) -> showClass(row));
    }

    private record Loaded(List<ClassRow> classes, List<LearnerRow> learners, List<ContentModule> modules) {}

    public void load() {
        load(selected.get() == null ? null : selected.get().schoolClass().id());
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

    public void setMember(long learnerId, boolean member) {
        if (member) {
            members.add(learnerId);
        } else {
            members.remove(learnerId);
        }
    }

    public void setBand(Band band, boolean seen) {
        if (seen) {
            bands.add(band);
        } else {
            bands.remove(band);
        }
    }

    public void setModuleChoice(String moduleId, ModuleChoice choice) {
        if (choice == ModuleChoice.BY_BAND) {
            moduleChoices.remove(moduleId);
        } else {
            moduleChoices.put(moduleId, choice);
        }
    }

    public ModuleChoice moduleChoice(String moduleId) {
        return moduleChoices.getOrDefault(moduleId, ModuleChoice.BY_BAND);
    }

    /** Saves who is in the class, its bands and its module choices, together. */
    public void saveSelected() {
        ClassRow row = selected.get();
        if (row == null) {
            return;
        }
        long id = row.schoolClass().id();
        List<Long> memberIds = List.copyOf(members);
        Set<Band> bandSet = Set.copyOf(bands);
        Map<String, Boolean> choices = new LinkedHashMap<>();
        moduleChoices.forEach((module, choice) -> choices.put(module, choice == ModuleChoice.SHOW));
        busy.set(true);
        background.run(() -> {
            classroom.setMembers(id, memberIds);
            classroom.setClassBands(id, bandSet);
            classroom.setClassModules(id, choices);
        }, () -> {
            busy.set(false);
            notice.set(Notice.info("adult.classes.saved", row.schoolClass().name(), memberIds.size()));
            load(id);
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    /** Learners the member list offers: everyone not archived, and anyone already in the class. */
    public List<LearnerRow> memberChoices() {
        return learners.stream().filter(l -> !l.learner().archived() || members.contains(l.learner().id()))
                .collect(Collectors.toList());
    }

    private void failed(Throwable failure) {
        LOG.log(Level.WARNING, "adult area, classes: " + failure.getMessage(), failure);
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
}
