package jaga.ui.lesson.steps;

import jaga.content.ChatNode;
import jaga.content.Step;
import jaga.learning.ChatRun;
import jaga.ui.chat.Bubbles;
import jaga.ui.chat.ChatSkins;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The chat simulator: messages arrive one by one in a phone-like thread (with "typing..." in
 * between), the learner picks a reply, sees kind feedback on that choice, and the chat goes on
 * down that branch to an ending that is explained. The learner can try again.
 */
final class ChatStepView implements StepView {
    private static final Duration TYPING = Duration.millis(900);

    private final ChatRun run;
    private final StepContext context;
    private final I18n i18n;
    private final VBox root = new VBox();
    private final VBox thread = new VBox();
    private final VBox below = new VBox();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final PauseTransition pause = new PauseTransition(TYPING);
    private final java.util.List<String> transcript = new java.util.ArrayList<>();
    private final java.util.List<String> offered = new java.util.ArrayList<>();
    private Node typing;
    private ReadAloud.Reading introReading;
    private String introText;
    private int lines;
    /** False while the chat is redrawn from what was saved: nothing is read aloud then, and only a newly reached ending is saved. */
    private boolean live = true;

    ChatStepView(Step.Chat chat, StepContext context) {
        var saved = context.memory().saved(chat);
        this.run = new ChatRun(chat, context.memory().replyOrder(), saved.map(jaga.learning.StepWork::attempt).orElse(0));
        this.context = context;
        this.i18n = context.i18n();
        root.setId("stepBody");
        root.getStyleClass().add("chat-step");
        // A chat taken off the screen (the next step, a language switch, Exit) stops typing and reading.
        root.sceneProperty().addListener((obs, was, now) -> {
            if (was != null && now == null) {
                pause.stop();
            }
        });
        if (chat.intro() != null) {
            introText = i18n.in(chat.intro());
            Label intro = new Label(introText);
            intro.setWrapText(true);
            intro.getStyleClass().add("chat-intro");
            root.getChildren().add(context.withSpeaker(intro, "speak-intro", introText));
            introReading = new ReadAloud.Reading(intro, () -> introText);
            context.readAsItAppears(intro, introText);
        }
        thread.getStyleClass().addAll("chat-thread", "phone-thread");
        thread.setId("chatThread");
        thread.setAccessibleRole(AccessibleRole.LIST_VIEW);
        below.getStyleClass().add("chat-below");
        ScrollPane screen = new ScrollPane(thread);
        screen.setFitToWidth(true);
        screen.getStyleClass().add("phone-screen");
        // Like a phone: the newest message is always in view.
        thread.heightProperty().addListener((obs, old, height) -> screen.setVvalue(1.0));
        VBox phone = new VBox(ChatSkins.header(chat, i18n), screen, below);
        phone.getStyleClass().add("phone");
        ChatSkins.dress(phone, chat, context.display());
        phone.setMaxWidth(640);
        root.getChildren().add(phone);
        // A chat played to an ending once stays done, also when the child then tries it again.
        done.set(saved.map(jaga.learning.StepWork::checked).orElse(false));
        if (saved.isPresent() && !saved.get().picks().isEmpty()) {
            redraw(saved.get().picks());
        } else {
            continueChat();
        }
    }

    /** Draws the chat again as the learner left it: the same replies picked, the same feedback, the ending. */
    private void redraw(java.util.List<String> picks) {
        live = false;
        for (String pick : picks) {
            while (run.revealNext().isPresent()) {
                addLine(run.shown().get(run.shown().size() - 1));
            }
            var choice = run.choices().stream().filter(c -> c.id().equals(pick)).findFirst();
            if (choice.isEmpty()) {
                break; // the content changed under it: the rest starts afresh from here
            }
            pick(choice.get());
        }
        while (run.revealNext().isPresent()) {
            addLine(run.shown().get(run.shown().size() - 1));
        }
        offerNext();
        live = true;
    }

    /** Shows waiting messages at the reader's pace (or at once), then the replies or the ending. */
    private void continueChat() {
        if (!live || context.display().instantMessagesProperty().get()) {
            while (run.revealNext().isPresent()) {
                addLine(run.shown().get(run.shown().size() - 1));
            }
            offerNext();
            return;
        }
        revealOne();
    }

    /** One message after a "typing..." pause, then the next, until replies or an ending are due. */
    private void revealOne() {
        if (!run.hasWaitingMessage()) {
            removeTyping();
            offerNext();
            return;
        }
        showTyping();
        pause.setOnFinished(e -> {
            removeTyping();
            run.revealNext().ifPresent(this::addLine);
            revealOne();
        });
        pause.playFromStart();
    }

    private void showTyping() {
        if (typing != null) {
            return;
        }
        Label dots = new Label("\u2022 \u2022 \u2022");
        dots.getStyleClass().add("typing-dots");
        dots.setAccessibleText(i18n.get("chat.typing"));
        typing = Bubbles.row(null, dots, i18n);
        typing.setId("typing");
        thread.getChildren().add(typing);
    }

    private void removeTyping() {
        if (typing != null) {
            thread.getChildren().remove(typing);
            typing = null;
        }
    }

    private void addLine(ChatRun.Line line) {
        String said = i18n.in(line.text());
        Label text = Bubbles.text(said);
        text.setAccessibleText(i18n.in(line.from().name()) + ": " + said);
        HBox row = Bubbles.row(line.from(), text, i18n);
        SpeakerButton.create(context.readAloud(), i18n, "speak-line-" + (++lines), text, () -> said).ifPresent(speaker -> {
            int bubble = row.getChildren().indexOf(text.getParent());
            boolean mine = line.from() != null && line.from().me();
            row.getChildren().add(mine ? bubble : bubble + 1, speaker);
        });
        thread.getChildren().add(row);
        transcript.add(i18n.in(line.from().name()) + ": " + said);
        if (live) {
            context.readAsItAppears(text, said);
        }
    }

    private void offerNext() {
        var choices = run.choices();
        if (!choices.isEmpty()) {
            VBox replies = new VBox();
            replies.getStyleClass().add("chat-replies");
            Label ask = new Label(i18n.get("chat.pickReply"));
            ask.getStyleClass().add("chat-ask");
            replies.getChildren().add(ask);
            offered.clear();
            offered.add(ask.getText());
            if (live) {
                context.readAsItAppears(ask, ask.getText());
            }
            Button first = null;
            for (ChatNode.ChatChoice choice : choices) {
                String said = i18n.in(choice.text());
                Button reply = new Button(said);
                reply.setId("reply-" + choice.id());
                reply.setWrapText(true);
                reply.setMaxWidth(Double.MAX_VALUE);
                reply.getStyleClass().add("chat-reply");
                reply.setOnAction(e -> {
                    offered.clear();
                    pick(choice);
                });
                first = first == null ? reply : first;
                Node row = SpeakerButton.beside(context.readAloud(), i18n, "speak-reply-" + choice.id(), reply, () -> said);
                row.getStyleClass().add("chat-reply-row");
                replies.getChildren().add(row);
                offered.add(said);
                if (live) {
                    context.readAsItAppears(reply, said);
                }
            }
            below.getChildren().setAll(replies);
            Focus.request(first);
            return;
        }
        run.ending().ifPresent(this::showEnding);
    }

    private void pick(ChatNode.ChatChoice choice) {
        run.choose(choice.id());
        if (live) {
            context.chatChoiceMade().accept(run.chat(), choice);
            saveWork();
        }
        boolean wasLive = live;
        live = false; // the learner's own reply is not read back to them
        addLine(run.shown().get(run.shown().size() - 1));
        live = wasLive;
        FontIcon icon = new FontIcon(choice.safe() ? "mdi2t-thumb-up" : "mdi2l-lightbulb-on");
        icon.getStyleClass().add("feedback-icon");
        Label feedback = new Label(i18n.in(choice.feedback()));
        feedback.setWrapText(true);
        feedback.setId("chatFeedback");
        feedback.getStyleClass().add("feedback-text");
        HBox card = new HBox(icon, feedback);
        card.getStyleClass().addAll("feedback", choice.safe() ? "feedback-correct" : "feedback-wrong", "chat-feedback");
        // In the thread, under the reply it is about, so it stays while the chat goes on.
        thread.getChildren().add(card);
        transcript.add(feedback.getText());
        if (live) {
            context.readAsItAppears(feedback, feedback.getText());
        }
        below.getChildren().clear();
        continueChat();
    }

    private void saveWork() {
        context.memory().save(run.chat(), currentWork());
    }

    private jaga.learning.StepWork currentWork() {
        return new jaga.learning.StepWork(context.memory().contentVersion(), run.attempt(), done.get(),
                run.choicesMade().stream().map(ChatNode.ChatChoice::id).toList());
    }

    private void showEnding(ChatNode.ChatEnding ending) {
        boolean safe = ending.outcome() == ChatNode.Outcome.SAFE;
        FontIcon icon = new FontIcon(safe ? "mdi2s-shield-check" : "mdi2a-alert-circle-outline");
        icon.getStyleClass().add("ending-icon");
        Label title = new Label(ending.title() != null ? i18n.in(ending.title())
                : i18n.get(safe ? "chat.safeEnding" : "chat.unsafeEnding"));
        title.setId("endingTitle");
        title.getStyleClass().add("ending-title");
        Label explanation = new Label(i18n.in(ending.explanation()));
        explanation.setWrapText(true);
        explanation.setId("endingExplanation");
        explanation.getStyleClass().add("feedback-text");
        Button again = Buttons.big("chatAgain", i18n.text("chat.tryAgain"), false, this::restart);
        VBox card = new VBox(new HBox(icon, title), explanation, again);
        card.getStyleClass().addAll("feedback", safe ? "feedback-correct" : "feedback-wrong", "chat-ending");
        below.getChildren().setAll(card);
        String spoken = title.getText() + "\n" + explanation.getText();
        transcript.add(spoken);
        if (live) {
            context.readAsItAppears(card, spoken);
        }
        if (!done.get()) {
            done.set(true);
            // The ending reached, live or drawn again after a power cut that came before it showed:
            // done, even if the child then tries again.
            saveWork();
        }
        Focus.request(again);
    }

    private void restart() {
        pause.stop();
        if (context.readAloud() != null) {
            context.readAloud().stop();
        }
        run.restart();
        saveWork();
        thread.getChildren().clear();
        transcript.clear();
        offered.clear();
        typing = null;
        below.getChildren().clear();
        continueChat();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ObservableBooleanValue done() {
        return done;
    }


    @Override
    public ReadAloud.Reading firstReading() {
        return introReading;
    }

    /** F2: the intro, every message so far with who sent it, the feedback, the ending and the replies on offer. */
    @Override
    public ReadAloud.Reading wholeReading() {
        return new ReadAloud.Reading(root, () -> {
            java.util.List<String> all = new java.util.ArrayList<>();
            if (introText != null) {
                all.add(introText);
            }
            all.addAll(transcript);
            all.addAll(offered);
            return String.join("\n", all);
        });
    }

    @Override
    public boolean readsItself() {
        return true;
    }

    @Override
    public java.util.Optional<jaga.learning.StepWork> work() {
        return java.util.Optional.of(currentWork());
    }
}
