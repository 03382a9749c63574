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
            // A number no learner can have (beyond a long) is simply nobody's, not a crash.
            java.util.OptionalLong id = number(wanted.substring(1));
            matches = id.isEmpty() ? List.of()
                    : learners.profiles().stream().filter(p -> p.id() == id.getAsLong()).toList();
            if (matches.isEmpty()) {
                err.println("jaga: No learner has the number " + wanted + ". `jaga learners` lists them.");
                return Optional.empty();
            }
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
                    + day(p.createdAt()) + ")").toList()) + ". Name one by its number, for example #"
                    + matches.get(0).id() + ".");
        }
        return Optional.empty();
    }

    private static java.util.OptionalLong number(String digits) {
        try {
            return java.util.OptionalLong.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /**
     * The day a stored time falls on ("2026-11-22"), or the stored text as it is when it is not a
     * time: a file written elsewhere (an older Jaga took any text on import) must not stop a list.
     */
    static String day(String storedTime) {
        if (storedTime == null) {
            return "?";
        }
        return storedTime.matches("\\d{4}-\\d{2}-\\d{2}.*") ? storedTime.substring(0, 10) : storedTime;
    }
}
