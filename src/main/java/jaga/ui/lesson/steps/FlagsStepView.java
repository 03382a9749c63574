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
    private final int contentVersion;

    FlagsStepView(Step.SpotTheFlags step, StepContext context) {
        super("flags-step");
        this.contentVersion = context.memory().contentVersion();
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
        Runnable checkIt = () -> {
            Set<String> marked = ((Response.Flags) input.response()).messageIds();
            List<FlagMessage> flags = step.messages().stream().filter(FlagMessage::flag).toList();
            long found = flags.stream().filter(m -> marked.contains(m.id())).count();
            input.reveal(new AnswerFeedback(0, List.of(), null));
            result.setText(i18n.get("flags.result", found, flags.size()));
            result.setVisible(true);
            done.set(true);
        };
        Button check = Buttons.big("checkFlags", i18n.text("flags.check"), true, () -> {
            checkIt.run();
            context.memory().save(step, work().orElseThrow());
        });
        check.disableProperty().bind(done);
        // As the learner left it: the same messages flagged, checked or not; each flag saved as it is marked.
        context.memory().saved(step).ifPresent(saved -> {
            input.restore(new Response.Flags(java.util.Set.copyOf(saved.picks())));
            if (saved.checked()) {
                checkIt.run();
            }
        });
        for (FlagMessage message : step.messages()) {
            if (input.node().lookup("#flag-" + message.id()) instanceof javafx.scene.control.Toggle toggle) {
                toggle.selectedProperty().addListener((obs, was, now) -> context.memory().save(step, work().orElseThrow()));
            }
        }
        String promptText = i18n.in(step.prompt());
        promptReading = new ReadAloud.Reading(prompt, () -> promptText);
        String everything = promptText + "\n" + step.messages().stream().map(m -> i18n.in(m.text()))
                .collect(java.util.stream.Collectors.joining("\n"));
        wholeReading = new ReadAloud.Reading(box, () -> everything);
        box.getChildren().addAll(context.withSpeaker(prompt, "speak-prompt", promptText), input.node(), check, result);
    }

    @Override
    public java.util.Optional<jaga.learning.StepWork> work() {
        return java.util.Optional.of(new jaga.learning.StepWork(contentVersion, 0, done.get(),
                List.copyOf(((Response.Flags) input.response()).messageIds())));
    }
}
