package jaga.cli;

import jaga.progress.DataTransfer;
import jaga.progress.DataTransfer.ImportSummary;
import jaga.progress.Database;
import jaga.progress.ProgressExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jaga import FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a file made by `jaga export`, merging by learner:",
                "a learner already here gets only what is new; importing the same file again adds nothing."})
final class ImportCommand extends JagaSubcommand {

    @Parameters(paramLabel = "FILE", description = "The export file.")
    Path file;

    @Override
    public Integer call() {
        ProgressExport export = DataTransfer.read(file);
        ImportSummary summary;
        try (Database database = parent.openDatabase()) {
            summary = new DataTransfer(database).importData(export);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (summary.recordsAdded() == 0) {
            out.printf("Nothing new to import from %s: everything in it is already here (%d learner(s)).%n",
                    file.toAbsolutePath(), summary.learnersMerged());
        } else {
            out.printf("Imported from %s: %d new learner(s), %d already here; added %d quiz attempt(s), %d answer(s),"
                            + " %d lesson place(s), %d chat choice(s), %d badge(s), %d review item(s), %d class(es),"
                            + " %d setting(s).%n",
                    file.toAbsolutePath(), summary.learnersAdded(), summary.learnersMerged(), summary.attemptsAdded(),
                    summary.answersAdded(), summary.lessonPlacesAdded(), summary.chatChoicesAdded(),
                    summary.badgesAdded(), summary.reviewItemsAdded(), summary.classesAdded(), summary.settingsAdded());
        }
        out.flush();
        return JagaCommand.EXIT_OK;
    }
}
