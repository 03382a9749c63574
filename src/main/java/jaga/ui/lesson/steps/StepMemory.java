package jaga.ui.lesson.steps;

import jaga.content.Step;
import jaga.learning.AnswerFeedback;
import jaga.learning.ReplyOrder;
import jaga.learning.Response;
import jaga.learning.Scoring;
import jaga.learning.StepWork;
import java.util.Optional;

/**
 * Where practice steps find what the learner already did in them, and save each change as it is
 * made, so a step is drawn again as it was left (after a restart, a language or text-size switch).
 */
public interface StepMemory {

    /** What the learner did in this step, if anything was saved. */
    Optional<StepWork> saved(Step step);

    /** Saves the step's work now (kept at once for this screen, written to the progress file off the JavaFX thread). */
    void save(Step step, StepWork work);

    /** The learner's order of chat replies; null for the order written. */
    ReplyOrder replyOrder();

    /** The module's content version, saved with the work. */
    int contentVersion();

    /**
     * The learning layer's feedback on a quick check inside a lesson: marked as a quiz question
     * would be, for the feedback only (nothing counts toward the grade or the review).
     */
    default AnswerFeedback mark(Step.Check check, Response response) {
        return Scoring.mark(check.question(), response);
    }

    /** Remembers nothing: for screens that show steps without a learner. */
    StepMemory NONE = new StepMemory() {
        @Override
        public Optional<StepWork> saved(Step step) {
            return Optional.empty();
        }

        @Override
        public void save(Step step, StepWork work) {
        }

        @Override
        public ReplyOrder replyOrder() {
            return null;
        }

        @Override
        public int contentVersion() {
            return 0;
        }
    };
}
