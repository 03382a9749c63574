package jaga.ui.lesson.steps;

import jaga.content.FlagMessage;
import jaga.content.Step;
import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import jaga.ui.common.Buttons;
import jaga.ui.question.FlagsInput;
import jaga.ui.speech.ReadAloud;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** Practice: flag the messages that are red flags, then check and read why. */
final class FlagsStepView extends PracticeStepView {

    FlagsStepView(Step.SpotTheFlags step, StepContext context) {
        super("flags-step");
        var i18n = context.i18n();
        Label prompt = new Label(i18n.in(step.prompt()));
        prompt.setWrapText(true);
        prompt.getStyleClass().add("question-prompt");
        input = new FlagsInput(step.participants(), step.messages(), i18n, context.readAloud());
        Label result = new Label();
        result.setId("flagsResult");
        result.setWrapText(true);
        result.getStyleClass().add("flags-result");
        result.setVisible(false);
        result.managedProperty().bind(result.visibleProperty());
        Button check = Buttons.big("checkFlags", i18n.text("flags.check"), true, () -> {
            Set<String> marked = ((Response.Flags) input.response()).messageIds();
            List<FlagMessage> flags = step.messages().stream().filter(FlagMessage::flag).toList();
            long found = flags.stream().filter(m -> marked.contains(m.id())).count();
            input.reveal(new AnswerFeedback(0, List.of(), null));
            result.setText(i18n.get("flags.result", found, flags.size()));
            result.setVisible(true);
            done.set(true);
        });
        check.disableProperty().bind(done);
        String promptText = i18n.in(step.prompt());
        promptReading = new ReadAloud.Reading(prompt, () -> promptText);
        String everything = promptText + "\n" + step.messages().stream().map(m -> i18n.in(m.text()))
                .collect(java.util.stream.Collectors.joining("\n"));
        wholeReading = new ReadAloud.Reading(box, () -> everything);
        box.getChildren().addAll(context.withSpeaker(prompt, "speak-prompt", promptText), input.node(), check, result);
    }
}
