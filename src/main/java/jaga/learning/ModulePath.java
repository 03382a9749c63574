package jaga.learning;

import jaga.content.ContentModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A module as a path a child walks: lesson 1, 2, 3, then the quiz, each done, where they are now,
 * or still to come.
 */
public record ModulePath(List<Stop> stops) {

    public enum State { DONE, CURRENT, NEXT }

    /** One stop: a lesson (number from 1) or the quiz (number 0). */
    public record Stop(boolean quiz, int number, State state) {}

    public ModulePath {
        stops = List.copyOf(stops);
    }

    /**
     * The path as the home card shows it: finished lessons done, the first unfinished lesson (or the
     * quiz once every lesson is finished) current, and the quiz done once it is passed.
     */
    public static ModulePath of(ContentModule module, Set<String> finishedLessons, boolean quizPassed) {
        List<Stop> stops = new ArrayList<>();
        boolean currentGiven = false;
        for (int i = 0; i < module.lessons().size(); i++) {
            boolean done = finishedLessons.contains(module.lessons().get(i).id());
            State state = done ? State.DONE : currentGiven || quizPassed ? State.NEXT : State.CURRENT;
            currentGiven |= state == State.CURRENT;
            stops.add(new Stop(false, i + 1, state));
        }
        stops.add(new Stop(true, 0, quizPassed ? State.DONE : currentGiven ? State.NEXT : State.CURRENT));
        return new ModulePath(stops);
    }

    /**
     * The path inside a lesson: the lessons before this one done (they were finished on the way
     * here), this one current, the rest and the quiz to come.
     */
    public static ModulePath at(ContentModule module, int currentLesson) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < module.lessons().size(); i++) {
            stops.add(new Stop(false, i + 1, i < currentLesson ? State.DONE : i == currentLesson ? State.CURRENT : State.NEXT));
        }
        stops.add(new Stop(true, 0, currentLesson >= module.lessons().size() ? State.CURRENT : State.NEXT));
        return new ModulePath(stops);
    }

    public int lessons() {
        return stops.size() - 1;
    }
}
