package jaga.ui.adult;

import jaga.learning.Classroom;
import jaga.learning.Roster;
import jaga.learning.RosterImport;
import jaga.learning.RosterTemplate;
import jaga.model.Language;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A class roster imported from CSV on the Learners page, after a preview: nothing from a roster
 * with problems is imported unless the adult chooses to skip those rows.
 */
public final class RosterImportViewModel {

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

    private final Classroom classroom;
    private final Tasks tasks;
    private final RosterFromHub rosterFromHub;
    private final LearnersViewModel page;

    private final StringProperty path = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("en");
    private final ReadOnlyObjectWrapper<RosterImport.Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> problem = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canImportAll;
    private final BooleanBinding canImportSkipping;

    RosterImportViewModel(Classroom classroom, Background background, RosterFromHub rosterFromHub,
                          LearnersViewModel page) {
        this.classroom = classroom;
        this.tasks = new Tasks(background, "adult area, class list");
        this.rosterFromHub = rosterFromHub;
        this.page = page;
        canImportAll = Bindings.createBooleanBinding(() -> preview.get() != null && !preview.get().hasProblems()
                && !preview.get().rows().isEmpty() && !tasks.isBusy(), preview, tasks.busyProperty());
        canImportSkipping = Bindings.createBooleanBinding(() -> preview.get() != null && preview.get().hasProblems()
                && !preview.get().rows().isEmpty() && !tasks.isBusy(), preview, tasks.busyProperty());
    }

    /** A fresh start: no file yet, learners to start in the adult's own language. */
    void start(String adultLanguage) {
        path.set("");
        language.set(adultLanguage);
        preview.set(null);
        problem.set(null);
    }

    /** The adult chose a file in the file chooser: check it straight away. */
    public void chosen(Path file) {
        path.set(file.toString());
        check();
    }

    /** Reads and checks the file named in {@link #pathProperty()}; imports nothing. */
    public void check() {
        preview.set(null);
        problem.set(null);
        String text = path.get().strip();
        if (text.isEmpty()) {
            problem.set(Notice.info("adult.roster.noFile"));
            return;
        }
        Path file;
        try {
            file = Path.of(text);
        } catch (InvalidPathException e) {
            problem.set(Notice.info("adult.roster.badPath", text));
            return;
        }
        tasks.task(control -> {
            if (!rosterFromHub.bring()) {
                throw new HubAway();
            }
            return classroom.previewRoster(file);
        }).onSuccess(preview::set).onFailure(failure -> problem.set(refusal(failure))).start();
    }

    /** Why a file was not read, in the adult's language: what is wrong with it and what to change. */
    private static Notice refusal(Throwable failure) {
        if (failure instanceof HubAway) {
            return Notice.problem("adult.roster.hubAway");
        }
        if (failure instanceof Roster.Refused refused && refused.reason() != Roster.Refused.Reason.UNREADABLE) {
            return Notice.problem("roster.refused." + refused.reason().name(), refused.details().toArray());
        }
        return Notice.failure("adult.roster.refused", failure);
    }

    /**
     * Saves a class list template (in the adult's language) to start from: the headings Jaga reads
     * and example rows, to open in a spreadsheet.
     */
    public void saveTemplate(Path target) {
        String adultLanguage = page.adultLanguageProperty().get();
        tasks.task(control -> {
            RosterTemplate.write(target, adultLanguage);
            return target;
        }).onSuccess(saved -> problem.set(Notice.info("adult.roster.templateSaved", saved.toString())))
                .onFailure(failure -> problem.set(Notice.failure("adult.roster.templateFailed", failure))).start();
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
        String startIn = language.get();
        tasks.task(control -> classroom.importRoster(checked, skip, Language.parse(startIn))).onSuccess(result -> {
            preview.set(null);
            page.backToList(Notice.info("adult.roster.imported", result.learnersAdded(), result.classes(),
                    result.classesCreated(), result.skipped().size()), null);
        }).onFailure(failure -> problem.set(Notice.failure("adult.roster.importFailed", failure))).start();
    }

    // ------------------------------------------------------------------ state

    /** The file to read, as typed or chosen. */
    public StringProperty pathProperty() {
        return path;
    }

    /** The language learners added from the roster start in (each can change it later). */
    public StringProperty languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<RosterImport.Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the file was not read or imported, or what was saved; null for nothing. */
    public ReadOnlyObjectProperty<Notice> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public BooleanBinding canImportAllProperty() {
        return canImportAll;
    }

    public BooleanBinding canImportSkippingProperty() {
        return canImportSkipping;
    }
}
