package jaga.ui.question;

import jaga.content.Choice;
import jaga.content.Question;
import jaga.ui.common.I18n;
import jaga.ui.speech.ReadAloud;
import java.util.List;
import java.util.function.Function;

/** Picks the input for a question's type. */
public final class AnswerInputs {
    private AnswerInputs() {}

    /**
     * @param choiceOrder the order to show a question's choices in (mixed per attempt by the
     *                    learning layer, or as written)
     */
    public static AnswerInput forQuestion(Question question, I18n i18n, Function<Question.HasChoices, List<Choice>> choiceOrder,
                                          long shuffleSeed) {
        return forQuestion(question, i18n, choiceOrder, shuffleSeed, null);
    }

    /** @param readAloud puts a speaker beside each choice; null for none */
    public static AnswerInput forQuestion(Question question, I18n i18n, Function<Question.HasChoices, List<Choice>> choiceOrder,
                                          long shuffleSeed, ReadAloud readAloud) {
        if (question instanceof Question.Single single) {
            return new ChoiceInput(choiceOrder.apply(single), false, i18n, readAloud);
        }
        if (question instanceof Question.Multiple multiple) {
            return new ChoiceInput(choiceOrder.apply(multiple), true, i18n, readAloud);
        }
        if (question instanceof Question.TrueFalse trueFalse) {
            return new TrueFalseInput(trueFalse, i18n);
        }
        if (question instanceof Question.Ordering ordering) {
            return new OrderingInput(ordering, i18n, shuffleSeed, readAloud);
        }
        if (question instanceof Question.Matching matching) {
            return new MatchingInput(matching, i18n, shuffleSeed, readAloud);
        }
        Question.SpotTheFlags flags = (Question.SpotTheFlags) question;
        return new FlagsInput(flags.participants(), flags.messages(), i18n, readAloud);
    }
}
