package jaga.cli;

import jaga.progress.Backups;
import jaga.progress.Backups.RestoreResult;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jaga restore FILE}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the progress file with a backup (for example one in the data folder's backups/).",
                "The current progress file is first saved in backups/ as jaga-<time>-before-restore.db."})
final class RestoreCommand extends JagaSubcommand {

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Override
    public Integer call() {
        // One step: the backup is checked and upgraded before anything is replaced, so there is
        // nothing left to fail (and to report as "nothing was changed") once the file is in place.
        DataDirectory data = parent.dataDirectory();
        RestoreResult result = Backups.restore(data, file, Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        if (result.previousSavedAs() != null) {
            out.println("The progress file as it was has been saved to " + result.previousSavedAs());
        }
        out.println("Restored " + result.restoredFrom() + " into " + data.database()
                + (result.version() < Database.SCHEMA_VERSION ? " (upgraded from version " + result.version() + ")" : ""));
        out.flush();
        return JagaCommand.EXIT_OK;
    }
}
