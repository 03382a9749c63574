package jaga.cli;

import jaga.learning.Roster;
import jaga.learning.RosterImport;
import jaga.progress.ClassRepository;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jaga import-roster FILE.csv [--skip-invalid]}: learners and classes from a class list. */
@Command(name = "import-roster", mixinStandardHelpOptions = true,
        description = {"Add the learners in a class roster: CSV with a column for the name (Name, Nama...),"
                + " one for the band, age or school year (Band, Umur, Tahun, Tingkatan...) and optionally"
                + " the class (Class, Kelas).",
                "With a problem in any row nothing is imported, unless --skip-invalid is given."})
final class ImportRosterCommand implements Callable<Integer> {

    @ParentCommand
    JagaCommand parent;

    @Spec
    CommandSpec spec;

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
        if (!language.equals("en") && !language.equals("ms")) {
            err.println("The language is en or ms, not " + language + ". Nothing was imported.");
            err.flush();
            return JagaCommand.EXIT_UNUSABLE;
        }
        try (Database database = parent.openDatabase()) {
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
            RosterImport.Result result = roster.apply(preview, skipInvalid, language);
            out.println(result.summary() + ".");
            out.flush();
        }
        return JagaCommand.EXIT_OK;
    }
}
