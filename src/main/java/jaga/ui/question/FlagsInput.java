package jaga.ui.question;

import jaga.content.FlagMessage;
import jaga.content.Participant;
import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import jaga.learning.Scoring;
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
    private boolean revealed;

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
                if (!revealed) {
                    toggle.setGraphic(now ? flagIcon() : null);
                }
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
    public void restore(Response response) {
        if (response instanceof Response.Flags saved) {
            toggles.forEach((id, toggle) -> toggle.setSelected(saved.messageIds().contains(id)));
        }
    }

    /**
     * Marks every message by icon and words, not colour alone: a red flag found, a red flag
     * missed, an innocent message wrongly flagged ("this one was fine"), or a message rightly left.
     */
    @Override
    public void reveal(AnswerFeedback feedback) {
        revealed = true;
        Scoring.Marks marks = Scoring.flagMarks(messages, flagged);
        for (FlagMessage message : messages) {
            ToggleButton toggle = toggles.get(message.id());
            toggle.setDisable(true);
            Outcome outcome = message.flag() ? (marks.missed().contains(message.id()) ? Outcome.MISSED : Outcome.FOUND)
                    : marks.wronglyMarked().contains(message.id()) ? Outcome.FALSE_FLAG : Outcome.FINE;
            toggle.getStyleClass().removeAll("choice-correct", "choice-wrong", "flag-false");
            toggle.getStyleClass().add(outcome.right ? "choice-correct" : "choice-wrong");
            if (outcome == Outcome.FALSE_FLAG) {
                toggle.getStyleClass().add("flag-false");
            }
            toggle.setGraphic(outcome.toggleIcon == null ? null : icon(outcome.toggleIcon, "flag-icon"));
            VBox bubble = (VBox) toggle.getParent();
            bubble.getChildren().removeIf(node -> ("why-" + message.id()).equals(node.getId()));
            Label why = new Label(i18n.get(outcome.key) + " " + i18n.in(message.why()));
            why.setGraphic(icon(outcome.whyIcon, "flag-why-icon"));
            why.setWrapText(true);
            why.setId("why-" + message.id());
            why.getStyleClass().addAll("flag-why", outcome.styleClass);
            bubble.getChildren().add(why);
            toggle.setAccessibleText(i18n.get(outcome.key) + " " + i18n.in(message.text()));
        }
    }

    /** What a message turned out to be, against what the learner marked. */
    private enum Outcome {
        FOUND(true, "flags.found", "mdi2f-flag", "mdi2f-flag", "flag-why-flag"),
        MISSED(false, "flags.missedFlag", "mdi2f-flag-outline", "mdi2f-flag-outline", "flag-why-flag"),
        FALSE_FLAG(false, "flags.wasFine", "mdi2f-flag-remove-outline", "mdi2c-check-circle-outline", "flag-why-false"),
        FINE(true, "flags.notFlag", null, "mdi2c-check-circle-outline", "flag-why-fine");

        final boolean right;
        final String key;
        final String toggleIcon;
        final String whyIcon;
        final String styleClass;

        Outcome(boolean right, String key, String toggleIcon, String whyIcon, String styleClass) {
            this.right = right;
            this.key = key;
            this.toggleIcon = toggleIcon;
            this.whyIcon = whyIcon;
            this.styleClass = styleClass;
        }
    }

    private static FontIcon icon(String literal, String styleClass) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add(styleClass);
        return icon;
    }

    @Override
    public void relabel() {
        for (FlagMessage message : messages) {
            ToggleButton toggle = toggles.get(message.id());
            toggle.setText(i18n.in(message.text()));
            describe(toggle, message);
        }
        if (revealed) {
            reveal(null); // the marks are words too
        }
    }

    @Override
    public Node firstFocus() {
        return toggles.values().iterator().next();
    }
}
