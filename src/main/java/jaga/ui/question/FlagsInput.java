package jaga.ui.question;

import jaga.content.FlagMessage;
import jaga.content.Participant;
import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import jaga.ui.chat.Bubbles;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import jaga.ui.common.I18n;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A chat thread in which each message can be flagged (click, tap, or Space on a focused
 * message). After checking, every message says whether it was a red flag and why.
 */
public final class FlagsInput implements AnswerInput {
    private final List<Participant> participants;
    private final List<FlagMessage> messages;
    private final I18n i18n;
    private final VBox thread = new VBox();
    private final Map<String, ToggleButton> toggles = new LinkedHashMap<>();
    private final Set<String> flagged = new LinkedHashSet<>();

    public FlagsInput(List<Participant> participants, List<FlagMessage> messages, I18n i18n) {
        this(participants, messages, i18n, null);
    }

    /** @param readAloud puts a speaker beside each message; null for none */
    public FlagsInput(List<Participant> participants, List<FlagMessage> messages, I18n i18n, ReadAloud readAloud) {
        this.participants = participants;
        this.messages = messages;
        this.i18n = i18n;
        thread.getStyleClass().addAll("chat-thread", "flags-thread");
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("flags.hint"));
        hint.getStyleClass().add("question-hint");
        thread.getChildren().add(hint);
        for (FlagMessage message : messages) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("flag-" + message.id());
            toggle.getStyleClass().add("flag-toggle");
            toggle.setWrapText(true);
            toggle.setMaxWidth(Double.MAX_VALUE);
            toggle.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    flagged.add(message.id());
                } else {
                    flagged.remove(message.id());
                }
                toggle.setGraphic(now ? flagIcon() : null);
                describe(toggle, message);
            });
            toggles.put(message.id(), toggle);
            Participant from = Bubbles.participant(participants, message.from()).orElse(null);
            HBox row = Bubbles.row(from, toggle, i18n);
            SpeakerButton.create(readAloud, i18n, "speak-flag-" + message.id(), toggle, () -> i18n.in(message.text()))
                    .ifPresent(speaker -> {
                        int bubble = row.getChildren().indexOf(toggle.getParent());
                        boolean mine = from != null && from.me();
                        row.getChildren().add(mine ? bubble : bubble + 1, speaker);
                    });
            thread.getChildren().add(row);
        }
        relabel();
    }

    private static FontIcon flagIcon() {
        FontIcon flag = new FontIcon("mdi2f-flag");
        flag.getStyleClass().add("flag-icon");
        return flag;
    }

    private void describe(ToggleButton toggle, FlagMessage message) {
        toggle.setAccessibleText(i18n.in(message.text()) + (toggle.isSelected() ? " (" + i18n.get("flags.flagged") + ")" : ""));
    }

    @Override
    public Node node() {
        return thread;
    }

    @Override
    public ObservableBooleanValue ready() {
        return new SimpleBooleanProperty(true); // marking no message is an answer too
    }

    @Override
    public Response response() {
        return new Response.Flags(flagged);
    }

    @Override
    public void reveal(AnswerFeedback feedback) {
        for (FlagMessage message : messages) {
            ToggleButton toggle = toggles.get(message.id());
            toggle.setDisable(true);
            boolean right = message.flag() == flagged.contains(message.id());
            toggle.getStyleClass().add(right ? "choice-correct" : "choice-wrong");
            VBox bubble = (VBox) toggle.getParent();
            Label why = new Label((message.flag() ? "\u2691 " + i18n.get("flags.isFlag") : i18n.get("flags.notFlag"))
                    + " " + i18n.in(message.why()));
            why.setWrapText(true);
            why.setId("why-" + message.id());
            why.getStyleClass().addAll("flag-why", message.flag() ? "flag-why-flag" : "flag-why-fine");
            bubble.getChildren().add(why);
            toggle.setAccessibleText(i18n.get(right ? "quiz.mark.right" : "quiz.mark.wrong") + ": " + i18n.in(message.text()));
        }
    }

    @Override
    public void relabel() {
        for (FlagMessage message : messages) {
            ToggleButton toggle = toggles.get(message.id());
            toggle.setText(i18n.in(message.text()));
            describe(toggle, message);
        }
    }

    @Override
    public Node firstFocus() {
        return toggles.values().iterator().next();
    }
}
