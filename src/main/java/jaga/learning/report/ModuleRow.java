package jaga.learning.report;

import jaga.learning.ModuleState;

/**
 * One learner's progress in one module: lessons done out of the module's lessons, quiz attempts
 * (started), best and last finished score (0-100, null when none finished), whether a quiz was
 * passed, and the last moment of activity (ISO-8601 UTC, null when never opened).
 * {@code inBand} is false for a module of another age band than the learner's.
 */
public record ModuleRow(ModuleInfo module, ModuleState state, boolean inBand, int lessonsDone, int attempts,
                        Integer bestScore, Integer lastScore, boolean passed, String lastActive) {

    public boolean touched() {
        return state != ModuleState.NOT_STARTED;
    }
}
