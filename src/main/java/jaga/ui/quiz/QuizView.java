package jaga.ui.quiz;

import jaga.content.Question;
import jaga.learning.AnswerFeedback;
import jaga.learning.QuizResult;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.question.AnswerInput;
import jaga.ui.question.AnswerInputs;
import jaga.ui.question.FeedbackPanel;
import jaga.ui.common.I18n;
import jaga.ui.common.Problems;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The quiz: a question, its choices, kind feedback after each answer, then the result. */
public final class QuizView extends StackPane {
    private final QuizViewModel model;
    private final I18n i18n;
    private final VBox questionPane = new VBox();
    private final VBox inputHolder = new VBox();
    private final FeedbackPanel feedbackPanel;
    private final VBox resultPane = new VBox();
    private final Label prompt = new Label();
    private final Button check;
    private final Button next;
    private AnswerInput input;
    private final ReadAloud readAloud;

    public QuizView(QuizViewModel model, I18n i18n) {
        this(model, i18n, null);
    }

    /** @param readAloud speaker buttons and F2 for the prompt and choices; null for none */
    public QuizView(QuizViewModel model, I18n i18n, ReadAloud readAloud) {
        this.model = model;
        this.i18n = i18n;
        this.readAloud = readAloud;
        this.feedbackPanel = new FeedbackPanel(i18n).readAloud(readAloud);
        this.check = Buttons.big("checkAnswer", i18n.text("quiz.check"), true, () -> model.check(input.response()));
        this.next = Buttons.big("nextQuestion", Bindings.when(model.isLastQuestion())
                .then(i18n.text("quiz.finish")).otherwise(i18n.text("quiz.next")), true, model::next);
        getStyleClass().addAll("screen", "quiz-screen");
        buildQuestionPane();
        resultPane.getStyleClass().add("result-pane");
        resultPane.setAlignment(Pos.TOP_CENTER);
        resultPane.visibleProperty().bind(model.resultProperty().isNotNull());
        questionPane.visibleProperty().bind(model.resultProperty().isNull());
        getChildren().addAll(questionPane, resultPane);

        model.questionBinding().addListener((obs, old, question) -> showQuestion(question));
        model.feedbackProperty().addListener((obs, old, answer) -> showFeedback(answer));
        model.resultProperty().addListener((obs, old, result) -> showResult(result));
        i18n.onChange(this, this::relabel);
        showQuestion(model.questionBinding().get());
        model.finishIfAllAnswered();
    }

    private void buildQuestionPane() {
        Button exit = new Button();
        exit.setId("exitQuiz");
        exit.textProperty().bind(i18n.text("lesson.exit"));
        exit.getStyleClass().addAll("flat", "back-link");
        exit.setOnAction(e -> model.home());

        Label moduleTitle = new Label();
        moduleTitle.textProperty().bind(i18n.text(model.session().module().title()));
        moduleTitle.getStyleClass().add("card-eyebrow");

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(Bindings.createDoubleBinding(
                () -> (model.indexProperty().get() + 1.0) / model.questionCount(), model.indexProperty()));
        Label questionOf = new Label();
        questionOf.setId("questionOf");
        questionOf.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("quiz.questionOf", model.indexProperty().get() + 1, model.questionCount()),
                model.indexProperty(), i18n.languageProperty()));
        questionOf.getStyleClass().add("step-of");
        progress.accessibleTextProperty().bind(questionOf.textProperty());
        HBox progressRow = new HBox(progress, questionOf);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.getStyleClass().add("progress-row");
        HBox.setHgrow(progress, Priority.ALWAYS);

        prompt.setId("questionPrompt");
        prompt.getStyleClass().add("question-prompt");
        prompt.setWrapText(true);
        inputHolder.getStyleClass().add("answer-input");

        Label error = Problems.line(model.problemProperty(), i18n);

        prompt.setMinHeight(Region.USE_PREF_SIZE);
        Node promptRow = SpeakerButton.create(readAloud, i18n, "speak-prompt", prompt, prompt::getText).<Node>map(speaker -> {
            HBox.setHgrow(prompt, Priority.ALWAYS);
            HBox row = new HBox(prompt, speaker);
            row.getStyleClass().add("speakable");
            return row;
        }).orElse(prompt);
        VBox card = new VBox(promptRow, inputHolder, feedbackPanel, error);
        card.getStyleClass().addAll("card", "question-card");
        VBox header = new VBox(exit, moduleTitle, progressRow);
        header.getStyleClass().add("lesson-header");
        // The header scrolls with the question, so large text still leaves room to answer.
        ScrollPane scroll = new ScrollPane(new VBox(header, card));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        check.visibleProperty().bind(model.feedbackProperty().isNull());
        check.managedProperty().bind(check.visibleProperty());

        next.visibleProperty().bind(model.feedbackProperty().isNotNull());
        next.managedProperty().bind(next.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(spacer, check, next);
        nav.getStyleClass().add("lesson-nav");

        questionPane.getChildren().addAll(scroll, nav);
        Label speechNote = jaga.ui.speech.SpeechTroubleNote.create(readAloud, i18n);
        if (speechNote != null) {
            questionPane.getChildren().add(1, speechNote); // its own row above the buttons
        }
    }

    private void showQuestion(Question question) {
        prompt.setText(i18n.in(question.prompt()));
        if (readAloud != null) {
            readAloud.stop(); // the last question's words end when the next one shows
        }
        input = AnswerInputs.forQuestion(question, i18n, model.session()::choicesInOrder,
                model.session().attemptId() * 101 + model.indexProperty().get(), readAloud);
        inputHolder.getChildren().setAll(input.node());
        if (readAloud != null) {
            ReadAloud.Reading whole = new ReadAloud.Reading(prompt,
                    () -> String.join("\n", prompt.getText(), String.join("\n", input.spokenAnswers())));
            readAloud.setPage(whole);
            // Auto-read (on for 7-9): the question and its choices, as each question shows.
            if (readAloud.autoReadProperty().get()) {
                readAloud.say(whole.source(), whole.text().get(), i18n.language());
            }
        }
        feedbackPanel.show(question, null);
        check.disableProperty().unbind();
        check.disableProperty().bind(Bindings.createBooleanBinding(() -> !input.ready().get(), input.ready())
                .or(model.savingProperty()));
        Focus.request(input.firstFocus());
    }

    private void showFeedback(AnswerFeedback answer) {
        if (answer == null) {
            return;
        }
        input.reveal(answer);
        feedbackPanel.show(model.questionBinding().get(), answer);
        Focus.request(next);
    }

    private void showResult(QuizResult result) {
        resultPane.getChildren().clear();
        resultPane.getStyleClass().remove("reviewing");
        if (result == null) {
            return;
        }
        if (readAloud != null) {
            readAloud.stop();
            readAloud.setPage(null);
        }
        String name = model.session().module().title().in(i18n.language());
        FontIcon icon = new FontIcon(result.passed() ? "mdi2t-trophy" : "mdi2b-book-open-page-variant");
        icon.getStyleClass().add("result-icon");
        Label title = new Label(i18n.get(result.passed() ? "result.title.passed" : "result.title.notYet"));
        title.setId("resultTitle");
        title.getStyleClass().add("screen-title");
        Label moduleName = wrapped(name, "card-eyebrow");
        Label score = new Label(i18n.get("result.score", result.fullyRight(), result.questions(), result.scorePercent()));
        score.setId("resultScore");
        score.getStyleClass().add("result-score");
        Label message = wrapped(result.passed() ? i18n.get("result.passed") : i18n.get("result.notYet", result.passMark()),
                "result-message");

        Button review = Buttons.big("reviewMissed", i18n.text("review.open"), false, this::openReview);
        review.setVisible(result.fullyRight() < result.questions());
        review.setManaged(review.isVisible());
        Button retry = Buttons.big("retryQuiz", i18n.text("result.retry"), false, model::retry);
        retry.setVisible(model.retriesAllowed());
        retry.setManaged(model.retriesAllowed());
        Button home = Buttons.big("backHome", i18n.text("result.home"), true, model::home);
        home.setDefaultButton(true);
        HBox actions = new HBox(review, retry, home);
        actions.setAlignment(Pos.CENTER);
        actions.getStyleClass().add("form-actions");

        VBox card = new VBox(icon, title, moduleName, score, message);
        if (result.badgeEarned()) {
            Label badge = new Label(i18n.get("result.badge"));
            badge.setId("badgeEarned");
            badge.setGraphic(new FontIcon("mdi2t-trophy"));
            badge.getStyleClass().add("result-badge");
            card.getChildren().add(badge);
        }
        if (result.passed()) {
            card.getChildren().add(jaga.ui.path.Badges.certificateNote(i18n));
        }
        card.getChildren().add(actions);
        card.setAlignment(Pos.TOP_CENTER);
        card.getStyleClass().addAll("card", "result-card", result.passed() ? "result-passed" : "result-not-yet");
        card.setMaxWidth(720);
        resultPane.getChildren().add(card);
        Focus.request(home);
    }

    /** Goes through the questions not fully right (read on a worker thread), then back to the result. */
    private void openReview() {
        model.loadMissed(missed -> {
            if (!missed.isEmpty()) {
                resultPane.getStyleClass().add("reviewing");
                resultPane.getChildren().setAll(new QuizReviewView(missed, model.session(), i18n, readAloud,
                        () -> showResult(model.resultProperty().get())));
            }
        });
    }

    /** Re-labels what is on screen after a language switch, keeping the learner's place and answer. */
    private void relabel() {
        if (resultPane.getChildren().stream().anyMatch(QuizReviewView.class::isInstance)) {
            return; // the review re-labels itself, at the question the child is on
        }
        if (model.resultProperty().get() != null) {
            showResult(model.resultProperty().get());
            return;
        }
        prompt.setText(i18n.in(model.questionBinding().get().prompt()));
        input.relabel();
        if (model.feedbackProperty().get() != null) {
            feedbackPanel.show(model.questionBinding().get(), model.feedbackProperty().get());
        }
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
