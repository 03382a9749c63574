package jaga.ui.question;

import jaga.content.Choice;
import jaga.content.Question;
import jaga.learning.AnswerFeedback;
import jaga.learning.report.ResponseWords;
import jaga.ui.common.I18n;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What shows after an answer is checked: a kind verdict, the feedback, and the explanation. */
public final class FeedbackPanel extends VBox {
    private final I18n i18n;
    private ReadAloud readAloud;

    public FeedbackPanel(I18n i18n) {
        this.i18n = i18n;
        setId("feedback");
        getStyleClass().add("feedback");
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Puts a speaker beside the verdict that reads the whole feedback; null for none. */
    public FeedbackPanel readAloud(ReadAloud readAloud) {
        this.readAloud = readAloud;
        return this;
    }

    public void show(Question question, AnswerFeedback answer) {
        getChildren().clear();
        if (answer == null) {
            setVisible(false);
            return;
        }
        String verdictKey = answer.correct() ? "quiz.correct" : answer.partlyCorrect() ? "quiz.partly" : "quiz.incorrect";
        FontIcon icon = new FontIcon(answer.correct() ? "mdi2c-check-circle" : "mdi2l-lightbulb-on");
        icon.getStyleClass().add("feedback-icon");
        Label verdict = new Label(i18n.get(verdictKey));
        verdict.setId("verdict");
        verdict.getStyleClass().add("feedback-verdict");
        HBox verdictRow = new HBox(icon, verdict);
        verdictRow.setAlignment(Pos.CENTER_LEFT);
        verdictRow.getStyleClass().add("feedback-verdict-row");
        getChildren().add(verdictRow);
        boolean first = true;
        for (var text : answer.feedback()) {
            Label line = wrapped(i18n.in(text), "feedback-text");
            if (first) {
                line.setId("choiceFeedback");
                first = false;
            }
            getChildren().add(line);
        }
        named(question, answer.missed(), question instanceof Question.SpotTheFlags ? "flags.missedFlags" : "quiz.missedChoices",
                "feedbackMissed");
        named(question, answer.wronglyMarked(), question instanceof Question.SpotTheFlags ? "flags.falseFlags" : "quiz.wrongChoices",
                "feedbackWronglyMarked");
        if (!answer.correct() && question instanceof Question.Single single) {
            single.choices().stream().filter(Choice::correct).findFirst().ifPresent(best ->
                    getChildren().add(wrapped(i18n.get("quiz.theAnswer", i18n.in(best.text())), "feedback-answer")));
        }
        Label explanation = wrapped(i18n.in(answer.explanation()), "feedback-explanation");
        explanation.setId("explanation");
        getChildren().add(explanation);
        StringBuilder spoken = new StringBuilder();
        getChildren().forEach(node -> {
            if (node instanceof Label label) {
                spoken.append(label.getText()).append('\n');
            }
        });
        String said = verdict.getText() + "\n" + spoken;
        SpeakerButton.create(readAloud, i18n, "speak-feedback", this, () -> said)
                .ifPresent(speaker -> verdictRow.getChildren().add(speaker));
        getStyleClass().removeAll("feedback-correct", "feedback-wrong");
        getStyleClass().add(answer.correct() ? "feedback-correct" : "feedback-wrong");
        setVisible(true);
    }

    /** Names the items (choices, messages) a marks answer left out or marked wrongly, in one line. */
    private void named(Question question, java.util.List<String> ids, String key, String id) {
        if (ids.isEmpty()) {
            return;
        }
        String items = String.join("; ", ids.stream().map(item -> i18n.in(ResponseWords.item(question, item))).toList());
        Label line = wrapped(i18n.get(key, items), "feedback-named");
        line.setId(id);
        getChildren().add(line);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
