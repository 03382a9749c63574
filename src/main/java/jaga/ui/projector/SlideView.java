package jaga.ui.projector;

import jaga.content.ChatNode;
import jaga.content.FlagMessage;
import jaga.content.Participant;
import jaga.content.Question;
import jaga.content.Step;
import jaga.ui.chat.Bubbles;
import jaga.ui.help.HelpPanel;
import jaga.ui.common.I18n;
import jaga.ui.common.Markup;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws one {@link Slide} for the whole room: the step's words in large type (every size in
 * em, so it grows with the text-size setting), chats as a thread, the options to vote on with
 * their tallies, and after the reveal the kind feedback, marked by icon and words as well as colour.
 */
final class SlideView {
    private final ProjectorViewModel model;
    private final I18n i18n;
    private final VoteOptions options;

    SlideView(ProjectorViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.options = new VoteOptions(model, i18n);
    }

    Node render(Slide slide) {
        VBox body = new VBox();
        body.setId("projectorSlide");
        body.getStyleClass().addAll("projector-slide", "step-" + kind(slide.step()));
        Step step = slide.step();
        if (step instanceof Step.Text text) {
            body.getChildren().add(jaga.ui.picture.LessonPicture.above(markup(i18n.in(text.text())), text.picture(),
                    model.catalog().folderOf(slide.module()), i18n, null));
        } else if (step instanceof Step.Image image) {
            body.getChildren().add(image(image, model.catalog().folderOf(slide.module())));
        } else if (step instanceof Step.KeyPoints points) {
            body.getChildren().add(keyPoints(points));
        } else if (step instanceof Step.Help help) {
            body.getChildren().add(help(help));
        } else if (step instanceof Step.Chat chat) {
            chat(slide, chat, body);
        } else if (step instanceof Step.SpotTheFlags flags) {
            body.getChildren().add(wrapped(i18n.in(flags.prompt()), "projector-prompt"));
            body.getChildren().add(flagThread(flags.participants(), flags.messages(), slide.revealed()));
        } else if (step instanceof Step.Check check) {
            check(slide, check.question(), body);
        }
        return body;
    }

    static String kind(Step step) {
        if (step instanceof Step.Text) {
            return "text";
        } else if (step instanceof Step.Image) {
            return "image";
        } else if (step instanceof Step.KeyPoints) {
            return "keyPoints";
        } else if (step instanceof Step.Chat) {
            return "chat";
        } else if (step instanceof Step.SpotTheFlags) {
            return "spotTheFlags";
        } else if (step instanceof Step.Check) {
            return "check";
        }
        return "help";
    }

    // ---- reading ------------------------------------------------------------------------------

    private static Node markup(String source) {
        VBox text = Markup.render(source);
        text.setId("projectorText");
        text.setAccessibleRole(AccessibleRole.TEXT);
        text.setAccessibleText(Markup.plain(source));
        return text;
    }

    static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE); // more lines, never cut short
        label.getStyleClass().add(styleClass);
        return label;
    }

    private Node image(Step.Image step, Path folder) {
        VBox box = new VBox();
        box.getStyleClass().add("image-step");
        String alt = i18n.in(step.alt());
        // Only the real file inside the module folder, decoded off the JavaFX thread; the words if it cannot be shown.
        Optional<Image> picture = jaga.ui.picture.Pictures.fromModule(folder, step.file(), 0);
        if (picture.isPresent() && !picture.get().isError()) {
            ImageView view = new ImageView(picture.get());
            view.setPreserveRatio(true);
            view.setFitHeight(420);
            view.setAccessibleText(alt);
            view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            box.getChildren().add(view);
            picture.get().errorProperty().addListener((obs, old, error) -> box.getChildren().set(0, wrapped(alt, "projector-prompt")));
        } else {
            box.getChildren().add(wrapped(alt, "projector-prompt")); // the words still teach if the picture is missing
        }
        if (step.caption() != null) {
            box.getChildren().add(wrapped(i18n.in(step.caption()), "image-caption"));
        }
        return box;
    }

    private Node keyPoints(Step.KeyPoints step) {
        VBox box = new VBox();
        box.getStyleClass().add("key-points");
        box.getChildren().add(wrapped(step.title() == null ? i18n.get("lesson.remember") : i18n.in(step.title()),
                "key-points-title"));
        int number = 1;
        for (var point : step.points()) {
            Label badge = new Label(Integer.toString(number++));
            badge.getStyleClass().add("key-point-number");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            Label text = wrapped(i18n.in(point), "key-point-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(badge, text);
            row.getStyleClass().add("key-point");
            box.getChildren().add(row);
        }
        return box;
    }

    private Node help(Step.Help step) {
        VBox box = new VBox();
        box.getStyleClass().add("help-step");
        FontIcon icon = new FontIcon("mdi2h-hand-heart");
        icon.getStyleClass().add("help-step-icon");
        Label heading = wrapped(i18n.get("help.title"), "help-step-title");
        HBox headingRow = new HBox(icon, heading);
        headingRow.getStyleClass().add("help-step-heading");
        box.getChildren().add(headingRow);
        if (step.text() != null) {
            box.getChildren().add(markup(i18n.in(step.text())));
        }
        box.getChildren().add(HelpPanel.cards(step.contacts().stream()
                .map(id -> model.catalog().resources().contact(id)).flatMap(Optional::stream).toList(), i18n));
        return box;
    }

    // ---- chats --------------------------------------------------------------------------------

    private void chat(Slide slide, Step.Chat chat, VBox body) {
        if (chat.intro() != null) {
            body.getChildren().add(wrapped(i18n.in(chat.intro()), "projector-intro"));
        }
        VBox thread = new VBox();
        thread.setId("projectorThread");
        thread.getStyleClass().addAll("chat-thread", "projector-thread");
        thread.setAccessibleRole(AccessibleRole.LIST_VIEW);
        for (Slide.ThreadItem item : slide.thread()) {
            if (item instanceof Slide.ThreadItem.Message message) {
                thread.getChildren().add(bubble(message.from(), i18n.in(message.text())));
            } else if (item instanceof Slide.ThreadItem.Feedback feedback) {
                thread.getChildren().add(feedbackCard(feedback.choice()));
            }
        }
        if (!thread.getChildren().isEmpty()) {
            body.getChildren().add(thread);
        }
        if (slide.atChatChoice()) {
            Participant me = chat.participants().stream().filter(Participant::me).findFirst().orElseThrow();
            body.getChildren().add(wrapped(i18n.get("projector.whatReply", i18n.in(me.name())), "projector-ask"));
            body.getChildren().add(options.render(slide, true));
        }
        if (slide.ending() != null) {
            body.getChildren().add(ending(slide.ending()));
        }
    }

    private Node bubble(Participant from, String said) {
        Label text = Bubbles.text(said);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setAccessibleText(i18n.in(from.name()) + ": " + said);
        return Bubbles.row(from, text, i18n);
    }

    private Node feedbackCard(ChatNode.ChatChoice choice) {
        FontIcon icon = new FontIcon(choice.safe() ? "mdi2t-thumb-up" : "mdi2l-lightbulb-on");
        icon.getStyleClass().add("feedback-icon");
        Label verdict = wrapped(i18n.get(choice.safe() ? "projector.safeReply" : "projector.thinkAgain"), "feedback-verdict");
        Label feedback = wrapped(i18n.in(choice.feedback()), "feedback-text");
        feedback.setId("chatFeedback");
        VBox words = new VBox(verdict, feedback);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox card = new HBox(icon, words);
        card.getStyleClass().addAll("feedback", choice.safe() ? "feedback-correct" : "feedback-wrong", "chat-feedback");
        return card;
    }

    private Node ending(ChatNode.ChatEnding ending) {
        boolean safe = ending.outcome() == ChatNode.Outcome.SAFE;
        FontIcon icon = new FontIcon(safe ? "mdi2s-shield-check" : "mdi2a-alert-circle-outline");
        icon.getStyleClass().add("ending-icon");
        Label title = wrapped(ending.title() != null ? i18n.in(ending.title())
                : i18n.get(safe ? "chat.safeEnding" : "chat.unsafeEnding"), "ending-title");
        title.setId("projectorEndingTitle");
        HBox.setHgrow(title, Priority.ALWAYS);
        Label explanation = wrapped(i18n.in(ending.explanation()), "feedback-text");
        explanation.setId("projectorEndingExplanation");
        HBox heading = new HBox(icon, title);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(heading, explanation);
        card.setId("projectorEnding");
        card.getStyleClass().addAll("feedback", safe ? "feedback-correct" : "feedback-wrong", "chat-ending");
        return card;
    }

    // ---- checks and red flags -----------------------------------------------------------------

    private void check(Slide slide, Question question, VBox body) {
        body.getChildren().add(wrapped(i18n.get("lesson.quickCheck"), "check-badge"));
        Label prompt = wrapped(i18n.in(question.prompt()), "projector-prompt");
        prompt.setId("projectorPrompt");
        body.getChildren().add(prompt);
        if (!slide.options().isEmpty()) {
            body.getChildren().add(options.render(slide, false));
        } else if (question instanceof Question.Ordering ordering) {
            ordering(ordering, slide.revealed(), body);
        } else if (question instanceof Question.Matching matching) {
            matching(matching, slide.revealed(), body);
        } else if (question instanceof Question.SpotTheFlags flags) {
            body.getChildren().add(flagThread(flags.participants(), flags.messages(), slide.revealed()));
        }
        if (slide.revealed() && question.explanation() != null) {
            Label explanation = wrapped(i18n.in(question.explanation()), "feedback-text");
            explanation.setId("projectorExplanation");
            VBox card = new VBox(explanation);
            card.getStyleClass().addAll("feedback", "projector-explanation");
            body.getChildren().add(card);
        }
    }

    private void ordering(Question.Ordering question, boolean revealed, VBox body) {
        List<Question.Item> items = revealed ? question.items() : ProjectorViewModel.mixed(question.items(), question.id());
        body.getChildren().add(wrapped(i18n.get(revealed ? "projector.rightOrder" : "projector.orderHint"), "projector-ask"));
        VBox list = new VBox();
        list.getStyleClass().add("projector-options");
        int number = 1;
        for (Question.Item item : items) {
            Label badge = new Label(Integer.toString(number++));
            badge.getStyleClass().add("projector-letter");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            Label text = wrapped(i18n.in(item.text()), "projector-option-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(badge, text);
            row.getStyleClass().add("projector-option");
            list.getChildren().add(row);
        }
        body.getChildren().add(list);
        if (revealed && question.feedback() != null && question.feedback().correct() != null) {
            body.getChildren().add(wrapped(i18n.in(question.feedback().correct()), "feedback-text"));
        }
    }

    private void matching(Question.Matching question, boolean revealed, VBox body) {
        body.getChildren().add(wrapped(i18n.get(revealed ? "projector.rightMatches" : "projector.matchHint"), "projector-ask"));
        List<Question.Pair> rights = revealed ? question.pairs() : ProjectorViewModel.mixed(question.pairs(), question.id());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("projector-matching");
        for (int i = 0; i < question.pairs().size(); i++) {
            Label left = wrapped((i + 1) + ". " + i18n.in(question.pairs().get(i).left()), "projector-option-text");
            Label right = wrapped((revealed ? "\u2192 " : ProjectorViewModel.letter(i) + ". ")
                    + i18n.in(rights.get(i).right()), "projector-option-text");
            grid.addRow(i, left, right);
        }
        body.getChildren().add(grid);
    }

    private Node flagThread(List<Participant> participants, List<FlagMessage> messages, boolean revealed) {
        VBox thread = new VBox();
        thread.setId("projectorThread");
        thread.getStyleClass().addAll("chat-thread", "projector-thread");
        for (FlagMessage message : messages) {
            Participant from = Bubbles.participant(participants, message.from()).orElse(null);
            String said = i18n.in(message.text());
            Label text = Bubbles.text(said);
            text.setMinHeight(Region.USE_PREF_SIZE);
            VBox content = new VBox(text);
            if (revealed) {
                Label verdict = new Label(i18n.get(message.flag() ? "flags.isFlag" : "flags.notFlag"));
                if (message.flag()) {
                    FontIcon flag = new FontIcon("mdi2f-flag");
                    flag.getStyleClass().add("flag-icon");
                    verdict.setGraphic(flag);
                }
                verdict.getStyleClass().addAll("flag-why", message.flag() ? "flag-why-flag" : "flag-why-fine");
                Label why = wrapped(i18n.in(message.why()), "flag-why");
                content.getChildren().addAll(verdict, why);
                content.setAccessibleText(said + ". " + verdict.getText() + " " + why.getText());
            }
            content.setId("flagMessage-" + message.id());
            if (revealed && message.flag()) {
                content.getStyleClass().add("projector-flagged");
            }
            thread.getChildren().add(Bubbles.row(from, content, i18n));
        }
        return thread;
    }
}
