package jaga.ui.question;

import jaga.content.Question;
import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import jaga.ui.common.I18n;
import jaga.ui.common.Marks;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** Two big answers: true or false. */
final class TrueFalseInput implements AnswerInput {
    private final Question.TrueFalse question;
    private final I18n i18n;
    private final ToggleGroup group = new ToggleGroup();
    private final RadioButton yes = new RadioButton();
    private final RadioButton no = new RadioButton();
    private final HBox box;

    TrueFalseInput(Question.TrueFalse question, I18n i18n) {
        this.question = question;
        this.i18n = i18n;
        for (RadioButton option : new RadioButton[] {yes, no}) {
            option.setToggleGroup(group);
            option.getStyleClass().addAll("choice", "true-false-choice");
            option.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.HBox.setHgrow(option, javafx.scene.layout.Priority.ALWAYS);
        }
        yes.setId("answer-true");
        no.setId("answer-false");
        yes.textProperty().bind(i18n.text("quiz.true"));
        no.textProperty().bind(i18n.text("quiz.false"));
        box = new HBox(yes, no);
        box.getStyleClass().add("true-false");
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public java.util.List<String> spokenAnswers() {
        return java.util.List.of(yes.getText(), no.getText());
    }

    @Override
    public ObservableBooleanValue ready() {
        return group.selectedToggleProperty().isNotNull();
    }

    @Override
    public Response response() {
        return new Response.TrueOrFalse(group.getSelectedToggle() == yes);
    }

    @Override
    public void restore(Response response) {
        if (response instanceof Response.TrueOrFalse saved) {
            (saved.value() ? yes : no).setSelected(true);
        }
    }

    @Override
    public void reveal(AnswerFeedback feedback) {
        RadioButton right = question.answer() ? yes : no;
        RadioButton picked = (RadioButton) group.getSelectedToggle();
        yes.setDisable(true);
        no.setDisable(true);
        yes.textProperty().unbind();
        no.textProperty().unbind();
        relabelPlain();
        Marks.right(right, i18n);
        if (picked != right) {
            Marks.wrong(picked, i18n);
        }
    }

    private void relabelPlain() {
        yes.setText(i18n.get("quiz.true"));
        no.setText(i18n.get("quiz.false"));
    }

    @Override
    public void relabel() {
        if (!yes.textProperty().isBound()) {
            relabelPlain();
        }
    }

    @Override
    public Node firstFocus() {
        return yes;
    }
}
