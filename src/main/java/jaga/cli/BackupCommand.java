package jaga.cli;

import jaga.progress.Database;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code jaga backup}. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the progress file now, into the data folder's backups/ (manual backups are kept until you delete them).")
final class BackupCommand extends JagaSubcommand {

    @Override
    public Integer call() {
        Path backup;
        try (Database database = parent.openDatabase()) {
            backup = database.backUpNow();
        }
        spec.commandLine().getOut().println("Backed up to " + backup);
        spec.commandLine().getOut().flush();
        return JagaCommand.EXIT_OK;
    }
}
