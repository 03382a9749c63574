package jaga.ui.quiz;

import jaga.learning.AnsweredQuestion;
import jaga.learning.QuizSession;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.question.AnswerInput;
import jaga.ui.question.AnswerInputs;
import jaga.ui.question.FeedbackPanel;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Look at what I missed", after a quiz: each question answered wrong or partly right, one at a
 * time, with the child's answer shown as they gave it, marked beside the right one, and the same
 * feedback as in the quiz (what was missed named). Previous, Next and Back to my result are
 * buttons, so Tab and Space (or Enter) go through it all; every text has a speaker for those
 * who listen, and F2 reads the whole page.
 */
final class QuizReviewView extends VBox {
    private final List<AnsweredQuestion> missed;
    private final QuizSession session;
    private final I18n i18n;
    private final ReadAloud readAloud;
    private final Runnable onDone;
    private final VBox page = new VBox();
    private final Button previous;
    private final Button next;
    private final Button done;
    private int index;

    /** @param missed the questions to go through, in the order asked (not empty) */
    QuizReviewView(List<AnsweredQuestion> missed, QuizSession session, I18n i18n, ReadAloud readAloud, Runnable onDone) {
        this.missed = List.copyOf(missed);
        this.session = session;
        this.i18n = i18n;
        this.readAloud = readAloud;
        this.onDone = onDone;
        setId("quizReview");
        VBox.setVgrow(this, Priority.ALWAYS);
        getStyleClass().add("quiz-review");
        previous = Buttons.big("reviewPrevious", i18n.text("review.previous"), false, () -> show(index - 1));
        next = Buttons.big("reviewNext", i18n.text("review.next"), true, () -> show(index + 1));
        done = Buttons.big("reviewDone", i18n.text("review.done"), false, this::close);
        page.getStyleClass().addAll("card", "question-card", "review-card");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(done, spacer, previous, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.getStyleClass().add("lesson-nav");
        getChildren().addAll(scroll, nav);
        i18n.onChange(this, () -> {
            if (getScene() != null) {
                show(index);
            }
        });
        show(0);
    }

    private void show(int at) {
        if (at < 0 || at >= missed.size()) {
            return;
        }
        index = at;
        AnsweredQuestion answered = missed.get(at);
        if (readAloud != null) {
            readAloud.stop();
        }
        Label title = new Label(i18n.get("review.title"));
        title.setId("reviewTitle");
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label of = wrapped(i18n.get("review.of", at + 1, missed.size()) + " · " + i18n.get("review.takeYourTime"),
                "step-of");
        of.setId("reviewOf");
        Label prompt = wrapped(i18n.in(answered.question().prompt()), "question-prompt");
        prompt.setId("reviewPrompt");
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        Node promptRow = SpeakerButton.create(readAloud, i18n, "speak-review-prompt", prompt, prompt::getText)
                .<Node>map(speaker -> {
                    HBox.setHgrow(prompt, Priority.ALWAYS);
                    HBox row = new HBox(prompt, speaker);
                    row.getStyleClass().add("speakable");
                    return row;
                }).orElse(prompt);
        Label yours = wrapped(i18n.get("review.yourAnswer"), "question-hint");
        // Built as in the quiz (same choice order and item mix), set to the saved answer, then marked.
        int asked = session.questions().indexOf(answered.question());
        AnswerInput input = AnswerInputs.forQuestion(answered.question(), i18n, session::choicesInOrder,
                session.attemptId() * 101 + asked, readAloud);
        input.restore(answered.response());
        input.reveal(answered.feedback());
        FeedbackPanel feedback = new FeedbackPanel(i18n).readAloud(readAloud);
        feedback.show(answered.question(), answered.feedback());
        page.getChildren().setAll(title, of, promptRow, yours, input.node(), feedback);
        previous.setDisable(at == 0);
        next.setDisable(at == missed.size() - 1);
        if (readAloud != null) {
            readAloud.setPage(new ReadAloud.Reading(prompt, () -> spoken(prompt, input, feedback)));
        }
        Focus.request(at == missed.size() - 1 ? done : next);
    }

    private static String spoken(Label prompt, AnswerInput input, FeedbackPanel feedback) {
        List<String> words = new ArrayList<>(List.of(prompt.getText()));
        words.addAll(input.spokenAnswers());
        feedback.lookupAll(".label").forEach(node -> words.add(((Label) node).getText()));
        return String.join("\n", words);
    }

    private void close() {
        if (readAloud != null) {
            readAloud.stop();
            readAloud.setPage(null);
        }
        onDone.run();
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
