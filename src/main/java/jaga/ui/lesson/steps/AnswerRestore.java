package jaga.ui.lesson.steps;

import jaga.content.Question;
import jaga.learning.Response;
import jaga.ui.question.AnswerInput;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Toggle;

/**
 * Puts a saved answer back into a check's controls, the way the learner gave it (picking the same
 * choices, putting items in the same order), so the controls and what they report stay one.
 */
final class AnswerRestore {
    private AnswerRestore() {}

    /** The answer as saved for the step: {@link Response#encode()}'s text. */
    static void restore(AnswerInput input, Question question, String encoded) {
        if (question instanceof Question.TrueFalse) {
            select(input, "#answer-" + Boolean.parseBoolean(encoded));
        } else if (question instanceof Question.HasChoices) {
            for (String id : encoded.split(",")) {
                select(input, "#choice-" + id);
            }
        } else if (question instanceof Question.Ordering) {
            List<String> wanted = List.of(encoded.split(">"));
            for (int target = 0; target < wanted.size(); target++) {
                for (int guard = 0; guard < wanted.size() && place(input, wanted.get(target)) > target; guard++) {
                    Node up = input.node().lookup("#up-" + wanted.get(target));
                    if (up instanceof ButtonBase button) {
                        button.fire();
                    }
                }
            }
        }
    }

    /** Marks the flags saved as flagged. */
    static void flag(AnswerInput input, List<String> messageIds) {
        for (String id : messageIds) {
            select(input, "#flag-" + id);
        }
    }

    private static int place(AnswerInput input, String itemId) {
        return input.response() instanceof Response.Order order ? order.itemIds().indexOf(itemId) : -1;
    }

    private static void select(AnswerInput input, String query) {
        Node node = input.node().lookup(query);
        if (node instanceof Toggle toggle) {
            toggle.setSelected(true);
        } else if (node instanceof javafx.scene.control.CheckBox box) {
            box.setSelected(true);
        }
    }
}
