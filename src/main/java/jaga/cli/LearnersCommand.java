package jaga.cli;

import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.LearnerRepository.LearnerProfile;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code jaga learners}: everyone in the data folder, one per line. */
@Command(name = "learners", mixinStandardHelpOptions = true,
        description = "List the learners in the data folder: number, name, age band, language, date added.")
final class LearnersCommand extends JagaSubcommand {

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<LearnerProfile> profiles;
        try (Database database = parent.openDatabase()) {
            profiles = new LearnerRepository(database).profiles();
        }
        for (LearnerProfile p : profiles) {
            out.printf("#%d\t%s\t%s\t%s\tadded %s%s%n", p.id(), p.displayName(), p.band().code(), p.language().code(),
                    LearnerChoice.day(p.createdAt()), p.archived() ? "\tarchived" : "");
        }
        spec.commandLine().getErr().printf("%d learner(s) in %s%n", profiles.size(), parent.dataFolder());
        out.flush();
        return JagaCommand.EXIT_OK;
    }
}
