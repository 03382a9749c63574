package jaga.learning.report;

import jaga.content.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * A question answered wrongly {@code missed} times out of {@code answers}, with today's wording,
 * or no wording when it is retired (no longer in the content), and the wrong answers chosen, most
 * chosen first.
 */
public record MissedQuestionRow(ModuleInfo module, String questionId, Optional<LocalizedText> prompt, int answers,
                                int missed, List<WrongAnswer> wrongAnswers) {
    public MissedQuestionRow {
        wrongAnswers = List.copyOf(wrongAnswers);
    }

    public boolean retired() {
        return prompt.isEmpty();
    }

    /**
     * A wrong answer as stored ({@code response}), in words for the adult when the question is
     * still in the content, and how many times it was chosen.
     */
    public record WrongAnswer(String response, Optional<LocalizedText> words, int count) {}
}
