package jaga.ui.question;

import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * The controls for answering one question. The same inputs serve the quiz and the checks inside
 * lessons. Every input works by keyboard alone, and each control has accessible text.
 */
public interface AnswerInput {

    Node node();

    /** True once the learner has given an answer that can be checked. */
    ObservableBooleanValue ready();

    Response response();

    /**
     * Sets the controls to an answer given before (saved with a quiz attempt, or kept over a
     * language switch), as if the learner had just given it; an answer of another type is ignored.
     */
    void restore(Response response);

    /** After checking: lock the controls and show, beside each part, what was right. */
    void reveal(AnswerFeedback feedback);

    /** Re-labels the controls after a language switch, keeping the learner's answer. */
    void relabel();

    /** The control that should take keyboard focus first. */
    Node firstFocus();

    /** The answers as shown, for "read the whole question" aloud; empty where they are not plain text. */
    default java.util.List<String> spokenAnswers() {
        return java.util.List.of();
    }
}
