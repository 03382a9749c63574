package jaga.cli;

import jaga.progress.Backups;
import jaga.progress.Backups.RestoreResult;
import jaga.progress.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jaga restore FILE}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the progress file with a backup (for example one in the data folder's backups/).",
                "The current progress file is first saved in backups/ as jaga-<time>-before-restore.db."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    JagaCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Override
    public Integer call() {
        RestoreResult result = Backups.restore(parent.dataDirectory(), file, Clock.systemUTC());
        // Opening checks the restored file and upgrades it if it came from an older Jaga.
        try (Database database = parent.openDatabase()) {
            PrintWriter out = spec.commandLine().getOut();
            if (result.previousSavedAs() != null) {
                out.println("The progress file as it was has been saved to " + result.previousSavedAs());
            }
            out.println("Restored " + result.restoredFrom() + " into " + database.file());
            out.flush();
        }
        return JagaCommand.EXIT_OK;
    }
}
