package jaga.cli;

import jaga.progress.LearnerRepository;
import jaga.progress.LearnerRepository.LearnerProfile;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Finds the one learner an adult named on the command line: by name, or as #id from `jaga learners`. */
final class LearnerChoice {
    private LearnerChoice() {}

    static Optional<LearnerProfile> pick(LearnerRepository learners, String name, PrintWriter err) {
        String wanted = name.strip();
        List<LearnerProfile> matches;
        if (wanted.matches("#\\d+")) {
            long id = Long.parseLong(wanted.substring(1));
            matches = learners.profiles().stream().filter(p -> p.id() == id).toList();
        } else {
            matches = learners.named(wanted);
        }
        if (matches.size() == 1) {
            return Optional.of(matches.get(0));
        }
        if (matches.isEmpty()) {
            err.println("jaga: No learner is called \"" + wanted + "\". `jaga learners` lists them.");
        } else {
            err.println("jaga: " + matches.size() + " learners are called \"" + wanted + "\": "
                    + String.join(", ", matches.stream().map(p -> "#" + p.id() + " (" + p.band() + ", added "
                    + p.createdAt().substring(0, 10) + ")").toList()) + ". Name one by its number, for example #"
                    + matches.get(0).id() + ".");
        }
        return Optional.empty();
    }
}
