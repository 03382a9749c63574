package jaga.ui.projector;

import jaga.learning.LearningService;
import jaga.progress.LessonProgressRepository;

/**
 * Test-only: what projector mode must never be, a class in its package that records progress.
 * ArchitectureTest shows its rule catches this one (the rule would otherwise be untested).
 */
public final class PlantedRecorder {
    private final LessonProgressRepository progress;
    private final LearningService learning;

    PlantedRecorder(LessonProgressRepository progress, LearningService learning) {
        this.progress = progress;
        this.learning = learning;
    }

    @Override
    public String toString() {
        return progress + " " + learning;
    }
}
