package jaga.ui.projector;

import jaga.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The options the class votes on (a chat's replies or a check's choices), lettered A, B, C, each
 * with a tally the teacher can count hands into, and after the reveal each option's verdict and
 * feedback, marked by icon and words as well as colour.
 */
final class VoteOptions {
    private final ProjectorViewModel model;
    private final I18n i18n;

    VoteOptions(ProjectorViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /** The options of a chat choice ({@code chat}) or a check, lettered, each with its tally. */
    Node render(Slide slide, boolean chat) {
        VBox list = new VBox();
        list.setId("projectorOptions");
        list.getStyleClass().add("projector-options");
        for (Slide.Option option : slide.options()) {
            list.getChildren().add(option(slide, option, chat));
        }
        return list;
    }

    private Node option(Slide slide, Slide.Option option, boolean chat) {
        String letter = option.letter();
        Label badge = new Label(letter);
        badge.getStyleClass().add("projector-letter");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        String words = option.text() != null ? i18n.in(option.text()) : i18n.get(option.textKey());
        Label text = SlideView.wrapped(words, "projector-option-text");
        text.setId("optionText-" + letter);
        VBox middle = new VBox(text);
        middle.getStyleClass().add("projector-option-middle");
        HBox.setHgrow(middle, Priority.ALWAYS);
        if (slide.revealed()) {
            FontIcon mark = new FontIcon(option.right() ? (chat ? "mdi2t-thumb-up" : "mdi2c-check-circle")
                    : (chat ? "mdi2l-lightbulb-on" : "mdi2c-close-circle"));
            mark.getStyleClass().add("feedback-icon");
            Label verdict = new Label(i18n.get(chat ? (option.right() ? "projector.safeReply" : "projector.thinkAgain")
                    : (option.right() ? "quiz.mark.right" : "quiz.mark.wrong")));
            verdict.setGraphic(mark);
            verdict.setWrapText(true);
            verdict.setMinHeight(Region.USE_PREF_SIZE);
            verdict.setId("optionVerdict-" + letter);
            verdict.getStyleClass().add("feedback-verdict");
            middle.getChildren().add(verdict);
            if (option.feedback() != null) {
                Label feedback = SlideView.wrapped(i18n.in(option.feedback()), "feedback-text");
                feedback.setId("optionFeedback-" + letter);
                middle.getChildren().add(feedback);
            }
        }
        // Below the words, and wrapping, so a narrow window (or 200% text) never pushes them off the side.
        FlowPane actions = new FlowPane(tally(slide, option));
        actions.getStyleClass().add("projector-option-actions");
        if (slide.revealed() && chat) {
            Button follow = new Button(i18n.get("projector.follow", letter));
            follow.setId("follow-" + letter);
            follow.getStyleClass().addAll("projector-follow", "accent");
            follow.setOnAction(e -> model.choose(option.id()));
            actions.getChildren().add(follow);
        }
        middle.getChildren().add(actions);
        HBox row = new HBox(badge, middle);
        row.setId("option-" + letter);
        row.getStyleClass().add("projector-option");
        if (slide.revealed()) {
            row.getStyleClass().add(option.right() ? "choice-correct" : "choice-wrong");
        }
        return row;
    }

    /** Optional: the teacher counts the hands raised for an option. */
    private Node tally(Slide slide, Slide.Option option) {
        String letter = option.letter();
        Button less = new Button("\u2212");
        less.setId("voteDown-" + letter);
        less.setAccessibleText(i18n.get("projector.voteDown", letter));
        less.getStyleClass().add("projector-vote-button");
        less.setOnAction(e -> model.vote(option.id(), -1));
        less.setDisable(slide.votesFor(option) == 0);
        Label count = new Label(Integer.toString(slide.votesFor(option)));
        count.setId("votes-" + letter);
        count.setAccessibleText(i18n.get("projector.votesFor", letter, slide.votesFor(option)));
        count.getStyleClass().add("projector-votes");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button more = new Button("+");
        more.setId("voteUp-" + letter);
        more.setAccessibleText(i18n.get("projector.voteUp", letter));
        more.getStyleClass().add("projector-vote-button");
        more.setOnAction(e -> model.vote(option.id(), +1));
        HBox tally = new HBox(less, count, more);
        tally.setAlignment(Pos.CENTER);
        tally.getStyleClass().add("projector-tally");
        tally.setMinWidth(Region.USE_PREF_SIZE);
        return tally;
    }
}
