package jaga.cli;

import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.LearnerRepository.Deleted;
import jaga.progress.LearnerRepository.LearnerProfile;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jaga delete-learner NAME}: no question asked, but everything deleted is listed. */
@Command(name = "delete-learner", mixinStandardHelpOptions = true,
        description = {"Delete a learner and everything of theirs from the progress file.",
                "Backups made earlier still hold them: delete those too to remove every trace.",
                "Tip: `jaga export --learner NAME --out FILE` first keeps a copy."})
final class DeleteLearnerCommand extends JagaSubcommand {

    @Parameters(paramLabel = "NAME", description = "The learner's name, or #number from `jaga learners`.")
    String name;

    @Override
    public Integer call() {
        try (Database database = parent.openDatabase()) {
            LearnerRepository learners = new LearnerRepository(database);
            Optional<LearnerProfile> chosen = LearnerChoice.pick(learners, name, spec.commandLine().getErr());
            if (chosen.isEmpty()) {
                return JagaCommand.EXIT_PROBLEMS;
            }
            Deleted deleted = learners.delete(chosen.get().id());
            String what = deleted.counts().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
            spec.commandLine().getOut().printf("Deleted %s (#%d) and everything of theirs: %s.%n",
                    deleted.learner().displayName(), deleted.learner().id(), what);
            spec.commandLine().getOut().flush();
        }
        return JagaCommand.EXIT_OK;
    }
}
