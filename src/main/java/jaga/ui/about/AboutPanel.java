package jaga.ui.about;

import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.picture.Pictures;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "About Jaga": what Jaga is, and where its pictures come from with their licences (the same list
 * as content/art/LICENCES.md, which the licences ask for). Opens over the screen without losing
 * the child's place; Close or Esc closes it.
 */
public final class AboutPanel {
    /** The credits, each a message key: the art set, how Jaga composed it, the icons. */
    static final List<String> CREDITS = List.of("about.credit.twemoji", "about.credit.composed", "about.credit.icons",
            "about.credit.file");

    private AboutPanel() {}

    /**
     * Shows the panel over {@code host}, with {@code behind} disabled meanwhile so the keyboard
     * stays in the panel; {@code closed} runs after it has gone (to put focus back).
     */
    public static void show(Pane host, Node behind, I18n i18n, ReadAloud readAloud, Runnable closed) {
        if (host.lookup("#aboutOverlay") != null) {
            return;
        }
        ImageView mascot = Pictures.art("mascot.png").map(ImageView::new).orElseGet(ImageView::new);
        mascot.setFitWidth(96);
        mascot.setFitHeight(96);
        mascot.setPreserveRatio(true);
        mascot.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        mascot.setAccessibleText(i18n.get("about.mascot"));
        Label title = new Label(i18n.get("about.title"));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label intro = new Label(i18n.get("about.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("screen-subtitle");
        VBox heading = new VBox(title, intro);
        heading.setSpacing(4);
        HBox.setHgrow(heading, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(mascot, heading);
        top.setSpacing(16);
        top.setAlignment(Pos.CENTER_LEFT);

        Label picturesTitle = new Label(i18n.get("about.pictures"));
        picturesTitle.getStyleClass().add("card-title");
        VBox credits = new VBox();
        credits.setId("aboutCredits");
        credits.setSpacing(8);
        StringBuilder spoken = new StringBuilder(title.getText()).append('\n').append(intro.getText())
                .append('\n').append(picturesTitle.getText());
        for (String key : CREDITS) {
            Label credit = new Label(i18n.get(key));
            credit.setWrapText(true);
            credit.getStyleClass().add("about-credit");
            credits.getChildren().add(credit);
            spoken.append('\n').append(credit.getText());
        }

        Button close = new Button(i18n.get("help.close"));
        close.setId("closeAbout");
        close.getStyleClass().addAll("accent", "big-button");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setCancelButton(true);
        HBox actions = new HBox(close);
        actions.setSpacing(8);
        SpeakerButton.create(readAloud, i18n, "speak-about", credits, spoken::toString).ifPresent(actions.getChildren()::add);

        VBox content = new VBox(top, picturesTitle, credits, actions);
        content.setSpacing(12);
        content.getStyleClass().addAll("card", "help-dialog");
        content.setMaxWidth(760);
        VBox centred = new VBox(content);
        centred.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        StackPane backdrop = new StackPane(scroll);
        backdrop.setId("aboutOverlay");
        backdrop.getStyleClass().add("help-backdrop");
        Runnable hide = () -> {
            host.getChildren().remove(backdrop);
            behind.setDisable(false);
            closed.run();
        };
        close.setOnAction(e -> hide.run());
        backdrop.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                hide.run();
                event.consume();
            }
        });
        behind.setDisable(true);
        host.getChildren().add(backdrop);
        Focus.request(close);
    }
}
