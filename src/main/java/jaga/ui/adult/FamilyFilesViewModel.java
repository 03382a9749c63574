package jaga.ui.adult;

import jaga.progress.DataTransfer;
import jaga.progress.DataTransfer.ImportSummary;
import jaga.progress.DataTransfer.Reading;
import jaga.progress.ProgressException;
import jaga.progress.ProgressExport;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Moving work between PCs without a school hub: saving everything on this PC to one file, and
 * adding the work in files saved on other PCs, a few files or a whole folder of them at once.
 * Each file is read and merged off the JavaFX thread, in its own transaction: a file that cannot be
 * used is listed with its reason and the others still go in; Cancel stops before the next learner,
 * and the file being added then is rolled back whole.
 */
public final class FamilyFilesViewModel {
    private static final Logger LOG = Logger.getLogger(FamilyFilesViewModel.class.getName());

    private final DataTransfer transfer;
    private final Tasks tasks;
    private final Clock clock;
    private final String computerName;

    private final ReadOnlyObjectWrapper<Notice> doing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Notice> files = FXCollections.observableArrayList();
    private final ObservableList<Notice> filesView = FXCollections.unmodifiableObservableList(files);

    /** @param computerName this PC's name for the suggested file name (e.g. "PC07"), or null */
    public FamilyFilesViewModel(DataTransfer transfer, Background background, Clock clock, String computerName) {
        this.transfer = Objects.requireNonNull(transfer);
        this.tasks = new Tasks(background, "adult area, work files");
        this.clock = Objects.requireNonNull(clock);
        this.computerName = computerName;
    }

    /** This computer's name as Windows or the shell gives it, or null. */
    public static String systemComputerName() {
        String name = System.getenv("COMPUTERNAME");
        return name == null || name.isBlank() ? System.getenv("HOSTNAME") : name;
    }

    /** What the save dialog suggests: this PC's name and the date, e.g. {@code PC07-2026-11-22.jaga-progress}. */
    public String suggestedName() {
        String name = computerName == null ? "" : computerName.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (name.isEmpty() ? "jaga" : name) + "-" + LocalDate.now(clock) + ProgressExport.FILE_EXTENSION;
    }

    // ---------------------------------------------------------------- save

    /** Saves everything on this PC to {@code target} (replacing it: the adult confirmed that in the dialog). */
    public void save(Path target) {
        begin(Notice.info("adult.files.saving"));
        tasks.task(control -> {
            ProgressExport export = transfer.exportEverything();
            if (control.cancelled()) {
                throw new DataTransfer.ImportCancelled();
            }
            DataTransfer.write(export, target, true);
            return export;
        }).onSuccess(export -> {
            long attempts = export.learners().stream().mapToLong(l -> l.quizAttempts().size()).sum();
            finish(Notice.info("adult.files.saved", target.getFileName().toString(), export.learners().size(), attempts));
        }).onCancelled(() -> finish(Notice.info("adult.files.saveCancelled")))
                .onFailure(failure -> finish(Notice.failure("adult.files.saveFailed", failure))).start();
    }

    // ---------------------------------------------------------------- add

    /** Adds the work in these files, one after the other. */
    public void add(List<Path> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        begin(Notice.info("adult.files.adding", label(chosen.get(0)), 1, chosen.size()));
        Run run = new Run(List.copyOf(chosen), 0);
        tasks.task(run::addAll).onSuccess(this::finish).onFailure(failure -> finish(run.stopped(failure))).start();
    }

    /** Adds the work in every export file in the folder (PC01.jaga-progress ... PC35.jaga-progress). */
    public void addFolder(Path folder) {
        begin(Notice.info("adult.files.looking"));
        Run[] run = new Run[1];
        tasks.task(control -> {
            DataTransfer.Folder found = DataTransfer.exportsIn(folder);
            if (found.exports().isEmpty()) {
                return Notice.problem("adult.files.emptyFolder", folder.getFileName() == null ? folder.toString()
                        : folder.getFileName().toString(), found.otherFiles());
            }
            run[0] = new Run(found.exports(), found.otherFiles());
            return run[0].addAll(control);
        }).onSuccess(this::finish).onFailure(failure -> finish(run[0] == null
                ? Notice.failure("adult.files.folderFailed", failure) : run[0].stopped(failure))).start();
    }

    /** Stops after the learner being added now; the file being added is then left out whole. */
    public void cancel() {
        tasks.cancelAll();
    }

    /** One file's outcome. */
    private record Outcome(ImportSummary summary, DataTransfer.Refusal refusal) {}

    /**
     * Adding a list of files, one after the other on the worker, each in its own transaction; each
     * file's line shows as it is done, and Cancel is seen between files and between learners.
     */
    private final class Run {
        private final List<Path> paths;
        private final int otherFiles;
        private int index;
        private int added;
        private int refused;
        private int newLearners;
        private int newAttempts;

        Run(List<Path> paths, int otherFiles) {
            this.paths = paths;
            this.otherFiles = otherFiles;
        }

        /** Adds every file (on the worker) and says what was done. */
        Notice addAll(Tasks.Control control) {
            for (; index < paths.size(); index++) {
                if (control.cancelled()) {
                    return cancelled();
                }
                Path path = paths.get(index);
                Notice adding = Notice.info("adult.files.adding", label(path), index + 1, paths.size());
                control.onScreen(() -> doing.set(adding));
                control.progress((double) index / paths.size());
                Outcome outcome;
                try {
                    outcome = addOne(path, control);
                } catch (DataTransfer.ImportCancelled stopped) {
                    return cancelled();
                }
                Notice line = record(path, outcome);
                control.onScreen(() -> files.add(line));
            }
            return done(control);
        }

        /** Not one file's fault (a full disk, the database gone): the rest would fail the same way. */
        Notice stopped(Throwable failure) {
            return new Notice("adult.files.stopped", List.of(label(paths.get(Math.min(index, paths.size() - 1))), added),
                    failure, true);
        }

        private Outcome addOne(Path path, Tasks.Control control) {
            Reading reading = DataTransfer.open(path);
            if (reading instanceof Reading.Refused no) {
                LOG.info("not importing " + path + ": " + no.detail());
                return new Outcome(null, no.reason());
            }
            try {
                return new Outcome(transfer.importData(((Reading.Readable) reading).export(), control::cancelled), null);
            } catch (ProgressException.UnusableFile e) {
                // Readable, but contradicts this PC (a quiz attempt given to another learner) or lacks a name.
                LOG.log(Level.INFO, "not importing " + path, e);
                return new Outcome(null, DataTransfer.Refusal.DAMAGED);
            }
        }

        private Notice record(Path path, Outcome outcome) {
            if (outcome.summary() == null) {
                refused++;
                String key = switch (outcome.refusal()) {
                    case NOT_AN_EXPORT -> "adult.files.notAnExport";
                    case DAMAGED -> "adult.files.damaged";
                    case NEWER -> "adult.files.newer";
                    case UNREADABLE -> "adult.files.unreadable";
                };
                // The whole name, to find the file that needs looking at; why is in the log.
                return Notice.problem(key, path.getFileName().toString());
            }
            ImportSummary s = outcome.summary();
            added++;
            newLearners += s.learnersAdded();
            newAttempts += s.attemptsAdded();
            int learners = s.learnersAdded() + s.learnersMerged();
            String name = label(path);
            return s.recordsAdded() == 0 ? Notice.info("adult.files.fileNothingNew", name, learners)
                    : Notice.info("adult.files.fileAdded", name, learners, s.learnersAdded(), s.attemptsAdded());
        }

        private Notice done(Tasks.Control control) {
            if (otherFiles > 0) {
                Notice others = Notice.info("adult.files.others", otherFiles);
                control.onScreen(() -> files.add(others));
            }
            if (added == 0) {
                return Notice.problem("adult.files.noneAdded", refused);
            }
            // Work went in: said as done; the files that did not are the problem lines below it.
            return Notice.info("adult.files.added", added, newLearners, newAttempts, refused);
        }

        private Notice cancelled() {
            return Notice.problem("adult.files.cancelled", added, index < paths.size() ? label(paths.get(index)) : "");
        }
    }

    /** A file as the adult would name it: PC07 for PC07.jaga-progress. */
    static String label(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ending : List.of(ProgressExport.FILE_EXTENSION, ".json")) {
            if (lower.endsWith(ending) && lower.length() > ending.length()) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }

    private void begin(Notice what) {
        files.clear();
        summary.set(null);
        doing.set(what);
    }

    private void finish(Notice result) {
        summary.set(result);
        doing.set(null);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    /** From 0 to 1 as files are added; -1 while the length is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }

    /** What is being done now (saving, adding PC07, 3 of 35), or null. */
    public ReadOnlyObjectProperty<Notice> doingProperty() {
        return doing.getReadOnlyProperty();
    }

    /** What the last save or import did, in one sentence, or null. */
    public ReadOnlyObjectProperty<Notice> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line per file of the last import, in the order they were added. */
    public ObservableList<Notice> files() {
        return filesView;
    }

    /** For the list of results kept by count in tests and the screen reader's summary. */
    List<Notice> problems() {
        List<Notice> problems = new ArrayList<>();
        files.stream().filter(Notice::problem).forEach(problems::add);
        return problems;
    }
}
