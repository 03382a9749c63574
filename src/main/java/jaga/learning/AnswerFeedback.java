package jaga.learning;

import jaga.content.LocalizedText;
import java.util.List;

/** What the learner sees after answering: how right it was (0 to 1), the feedback, and why. */
public record AnswerFeedback(double credit, List<LocalizedText> feedback, LocalizedText explanation) {
    public AnswerFeedback {
        feedback = List.copyOf(feedback);
    }

    public boolean correct() {
        return credit >= 1;
    }

    public boolean partlyCorrect() {
        return credit > 0 && credit < 1;
    }
}
