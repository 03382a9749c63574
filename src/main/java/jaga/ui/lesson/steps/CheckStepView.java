package jaga.ui.lesson.steps;

import jaga.content.Step;
import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import jaga.ui.common.Buttons;
import jaga.ui.question.AnswerInputs;
import jaga.ui.question.FeedbackPanel;
import jaga.ui.speech.ReadAloud;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** A question inside the lesson: feedback straight away, nothing counted toward the grade. */
final class CheckStepView extends PracticeStepView {
    private final int contentVersion;

    CheckStepView(Step.Check step, StepContext context) {
        super("check-step");
        this.contentVersion = context.memory().contentVersion();
        var i18n = context.i18n();
        Label badge = new Label(i18n.get("lesson.quickCheck"));
        badge.getStyleClass().add("check-badge");
        Label prompt = new Label(i18n.in(step.question().prompt()));
        prompt.setId("questionPrompt");
        prompt.setWrapText(true);
        prompt.getStyleClass().add("question-prompt");
        input = AnswerInputs.forQuestion(step.question(), i18n, question -> List.copyOf(question.choices()),
                step.id().hashCode(), context.readAloud());
        String promptText = i18n.in(step.question().prompt());
        promptReading = new ReadAloud.Reading(prompt, () -> promptText);
        wholeReading = new ReadAloud.Reading(box, () -> String.join("\n", promptText, String.join("\n", input.spokenAnswers())));
        FeedbackPanel feedback = new FeedbackPanel(i18n).readAloud(context.readAloud());
        Runnable checkIt = () -> {
            AnswerFeedback answer = context.memory().mark(step, input.response());
            input.reveal(answer);
            feedback.show(step.question(), answer);
            done.set(true);
        };
        Button check = Buttons.big("checkAnswer", i18n.text("quiz.check"), true, () -> {
            checkIt.run();
            context.memory().save(step, work().orElseThrow());
        });
        // As the learner left it: the same answer, and when it was checked, the same feedback.
        context.memory().saved(step).filter(saved -> !saved.picks().isEmpty()).ifPresent(saved -> {
            input.restore(Response.decode(step.question(), saved.picks().get(0)));
            if (saved.checked() && input.ready().get()) {
                checkIt.run();
            }
        });
        check.disableProperty().bind(Bindings.createBooleanBinding(() -> !input.ready().get(), input.ready()).or(done));
        box.getChildren().addAll(badge, context.withSpeaker(prompt, "speak-prompt", promptText), input.node(), check, feedback);
    }

    /** The answer as given so far (none until the learner has answered). */
    @Override
    public java.util.Optional<jaga.learning.StepWork> work() {
        if (!input.ready().get()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new jaga.learning.StepWork(contentVersion, 0, done.get(),
                List.of(input.response().encode())));
    }
}
