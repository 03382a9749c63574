package jaga.learning;

import jaga.content.LocalizedText;
import java.util.List;

/**
 * What the learner sees after answering: how right it was (0 to 1), the feedback, and why. For a
 * question answered by marking items (pick-all-that-apply, spot-the-flags), {@code missed} are the
 * ids of right items left unmarked and {@code wronglyMarked} the ids of wrong items marked, in the
 * question's order; both are empty for other questions.
 */
public record AnswerFeedback(double credit, List<LocalizedText> feedback, LocalizedText explanation,
                             List<String> missed, List<String> wronglyMarked) {
    public AnswerFeedback {
        feedback = List.copyOf(feedback);
        missed = List.copyOf(missed);
        wronglyMarked = List.copyOf(wronglyMarked);
    }

    /** Feedback for a question that is not answered by marking items. */
    public AnswerFeedback(double credit, List<LocalizedText> feedback, LocalizedText explanation) {
        this(credit, feedback, explanation, List.of(), List.of());
    }

    public boolean correct() {
        return credit >= 1;
    }

    public boolean partlyCorrect() {
        return credit > 0 && credit < 1;
    }
}
