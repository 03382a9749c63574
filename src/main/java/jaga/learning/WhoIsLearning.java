package jaga.learning;

import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
import jaga.progress.ClassRepository;
import jaga.progress.LearnerRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What "Who is learning?" needs, from the progress file alone: the first screen opens before the
 * lessons are loaded (issue 21), so nothing here may need the content.
 */
public final class WhoIsLearning {

    /**
     * Everyone who can sign in here, whose picture is locked, and each one's classes in use (learner
     * id to class names, archived classes left out, by name).
     */
    public record Everyone(List<Learner> learners, Set<Long> pictureLocked, Map<Long, List<String>> classesOf) {
        public Everyone {
            learners = List.copyOf(learners);
            pictureLocked = Set.copyOf(pictureLocked);
            Map<Long, List<String>> copy = new HashMap<>();
            classesOf.forEach((id, names) -> copy.put(id, List.copyOf(names)));
            classesOf = Map.copyOf(copy);
        }
    }

    private final LearnerRepository learners;
    private final ClassRepository classes;

    public WhoIsLearning(LearnerRepository learners, ClassRepository classes) {
        this.learners = learners;
        this.classes = classes;
    }

    public Everyone everyone() {
        Map<Long, List<String>> classesOf = new HashMap<>();
        classes.memberships().forEach((learnerId, memberOf) -> memberOf.stream()
                .filter(schoolClass -> !schoolClass.archived())
                .forEach(schoolClass -> classesOf.computeIfAbsent(learnerId, id -> new ArrayList<>()).add(schoolClass.name())));
        return new Everyone(learners.active(), learners.pictureLocked(), classesOf);
    }

    /** True when these pictures, in this order, open the learner's lessons (or they have no lock). */
    public boolean unlocks(Learner learner, List<String> pictures) {
        return learners.unlocks(learner.id(), pictures);
    }

    /** A learner added on "Who is learning?" by an adult who gave the PIN. */
    public Learner addLearner(String name, String avatar, Band band, Language language) {
        return learners.create(name, avatar, band, language);
    }
}
