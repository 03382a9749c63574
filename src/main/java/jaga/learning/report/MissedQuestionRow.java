package jaga.learning.report;

import jaga.content.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * A question that {@code missed} of the {@code answers} learners who answered it got wrong (each
 * learner once, by their latest answer in a finished quiz), with today's wording, or no wording
 * when it is retired (no longer in the content), and the wrong answers chosen, most chosen first.
 * For a pick-all-that-apply or spot-the-flags question still in the content, {@code missedItems}
 * are the right items (red flags, right choices) that learners left unmarked and
 * {@code wronglyMarked} the wrong ones they marked, each with how many learners; a report shows
 * these two lists instead of the wrong answers (a real red flag is never shown as if it had been
 * wrongly chosen). Both are empty for other questions.
 */
public record MissedQuestionRow(ModuleInfo module, String questionId, Optional<LocalizedText> prompt, int answers,
                                int missed, List<WrongAnswer> wrongAnswers, List<ItemCount> missedItems,
                                List<ItemCount> wronglyMarked) {
    public MissedQuestionRow {
        wrongAnswers = List.copyOf(wrongAnswers);
        missedItems = List.copyOf(missedItems);
        wronglyMarked = List.copyOf(wronglyMarked);
    }

    /** Whether the report shows missed and wrongly marked items rather than whole wrong answers. */
    public boolean byItem() {
        return !missedItems.isEmpty() || !wronglyMarked.isEmpty();
    }

    /** An item (a choice, a message) and how many learners left it unmarked or marked it wrongly. */
    public record ItemCount(String id, LocalizedText words, int learners) {}

    public boolean retired() {
        return prompt.isEmpty();
    }

    /**
     * A wrong answer as stored ({@code response}), in words for the adult when the question is
     * still in the content, and how many times it was chosen.
     */
    public record WrongAnswer(String response, Optional<LocalizedText> words, int count) {}
}
