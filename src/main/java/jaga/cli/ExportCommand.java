package jaga.cli;

import jaga.progress.DataTransfer;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.LearnerRepository.LearnerProfile;
import jaga.progress.ProgressExport;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jaga export [--learner NAME] --out FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export progress to a JSON file (described in docs/data-format.md).",
                "Without --learner: everything, to move Jaga to another computer. FILE must not exist yet."})
final class ExportCommand extends JagaSubcommand {

    @Option(names = "--learner", paramLabel = "NAME", description = "Only this learner (a name, or #number from `jaga learners`).")
    String learner;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
        ProgressExport export;
        try (Database database = parent.openDatabase()) {
            DataTransfer transfer = new DataTransfer(database);
            if (learner == null) {
                export = transfer.exportEverything();
            } else {
                Optional<LearnerProfile> chosen = LearnerChoice.pick(new LearnerRepository(database), learner,
                        spec.commandLine().getErr());
                if (chosen.isEmpty()) {
                    return JagaCommand.EXIT_PROBLEMS;
                }
                export = transfer.exportLearner(chosen.get().id());
            }
        }
        DataTransfer.write(export, out);
        long answers = export.learners().stream().flatMap(l -> l.quizAttempts().stream())
                .mapToLong(a -> a.answers().size()).sum();
        spec.commandLine().getOut().printf("Exported %d learner(s) with %d quiz answer(s) to %s%n",
                export.learners().size(), answers, out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return JagaCommand.EXIT_OK;
    }
}
