package jaga.cli;

import jaga.learning.Roster;
import jaga.learning.RosterImport;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.SyncJournal;
import jaga.progress.hub.HubException;
import jaga.progress.hub.HubSync;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jaga import-roster FILE.csv [--skip-invalid]}: learners and classes from a class list. On a
 * folder paired with a school hub, the hub's class lists are brought first, so a list another lab
 * computer has imported already is found here ("already in") instead of being made a second time.
 */
@Command(name = "import-roster", mixinStandardHelpOptions = true,
        description = {"Add the learners in a class roster: CSV with a column for the name (Name, Nama...),"
                + " one for the band, age or school year (Band, Umur, Tahun, Tingkatan...) and optionally"
                + " the class (Class, Kelas).",
                "With a problem in any row nothing is imported, unless --skip-invalid is given.",
                "Paired with a school hub, it first brings the hub's class lists; if the hub cannot be used,"
                        + " nothing is imported."})
final class ImportRosterCommand extends JagaSubcommand {
    /** How long a paired folder waits on the hub for its class lists before refusing to import. */
    static final Duration HUB_TIMEOUT = Duration.ofSeconds(5);

    @Parameters(paramLabel = "FILE", description = "The roster, a CSV file in UTF-8.")
    Path file;

    @Option(names = "--skip-invalid", description = "Import the good rows and leave out the rows with problems.")
    boolean skipInvalid;

    @Option(names = "--language", paramLabel = "en|ms", defaultValue = "en",
            description = "The language the new learners start in (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Language.fromCode(language).isEmpty()) {
            err.println("The language is en or ms, not " + language + ". Nothing was imported.");
            err.flush();
            return JagaCommand.EXIT_UNUSABLE;
        }
        try (Database database = parent.openDatabase()) {
            Optional<String> hubProblem = bringClassListsFirst(database);
            if (hubProblem.isPresent()) {
                err.println(hubProblem.get());
                err.flush();
                return JagaCommand.EXIT_UNUSABLE;
            }
            RosterImport roster = new RosterImport(new LearnerRepository(database), new ClassRepository(database));
            RosterImport.Preview preview;
            try {
                preview = roster.preview(file);
            } catch (Roster.Refused refused) {
                err.println(file + ": " + refused.getMessage() + (refused.getMessage().contains("Nothing was imported")
                        ? "" : " Nothing was imported."));
                err.flush();
                return JagaCommand.EXIT_UNUSABLE;
            }
            for (Roster.Problem problem : preview.problems()) {
                err.println(problem.format());
            }
            err.flush();
            if (preview.hasProblems() && !skipInvalid) {
                err.println("Nothing was imported: fix the rows above, or run again with --skip-invalid to import"
                        + " the other " + preview.rows().size() + (preview.rows().size() == 1 ? " row." : " rows."));
                err.flush();
                return JagaCommand.EXIT_PROBLEMS;
            }
            RosterImport.Result result = roster.apply(preview, skipInvalid, Language.parse(language));
            out.println(result.summary() + ".");
            out.flush();
        }
        return JagaCommand.EXIT_OK;
    }

    /**
     * On a paired folder: sends what is waiting (so no edit here is overwritten unseen) and brings the
     * hub's learners and classes. Empty when that worked or the folder is not paired; else why nothing
     * may be imported: without the hub's lists, a class imported at another computer would be made again.
     */
    private static Optional<String> bringClassListsFirst(Database database) {
        try (SyncJournal journal = new SyncJournal(database)) {
            if (journal.link().isEmpty()) {
                return Optional.empty();
            }
            HubSync sync = new HubSync(journal, JagaVersion.current());
            sync.push(HUB_TIMEOUT);
            sync.pullRoster(HUB_TIMEOUT);
            return Optional.empty();
        } catch (HubException e) {
            return Optional.of(e.getMessage() + System.lineSeparator() + "Nothing was imported: this computer shares"
                    + " its classes through the school hub, and without the hub's class lists it cannot tell whether"
                    + " another computer has imported this list already, so the class and its learners could be made"
                    + " twice. Try again when the hub can be used (`jaga hub status` shows the link).");
        }
    }
}
