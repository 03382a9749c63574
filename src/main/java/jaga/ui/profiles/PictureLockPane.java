package jaga.ui.profiles;

import jaga.learning.PictureLock;
import jaga.ui.common.Avatars;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.IconSizes;
import jaga.ui.common.Problems;
import jaga.ui.common.ScriptText;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The child's picture lock: nine pictures, each a button with its name (for screen readers
 * and for children who read), three taps, dots that show how many were tapped but not which.
 */
final class PictureLockPane extends VBox {
    private final PictureLockViewModel model;
    private final I18n i18n;
    private final List<Button> buttons = new ArrayList<>();

    PictureLockPane(PictureLockViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = ScriptText.names(new Label());
        title.setId("pictureLock-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.unlockingProperty().get() == null ? ""
                        : i18n.get("pictureLock.title", model.unlockingProperty().get().displayName()),
                model.unlockingProperty(), i18n.languageProperty()));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("pictureLock.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("screen-subtitle");

        Label tryAgain = new Label();
        tryAgain.setId("pictureLock-tryAgain");
        tryAgain.textProperty().bind(i18n.text("pictureLock.tryAgain"));
        tryAgain.getStyleClass().add("error-text");
        tryAgain.setWrapText(true);
        tryAgain.visibleProperty().bind(model.tryAgainProperty());
        tryAgain.managedProperty().bind(tryAgain.visibleProperty());
        tryAgain.setAccessibleRole(AccessibleRole.TEXT);

        Button back = Buttons.big("pictureLock-back", i18n.text("pictureLock.back"), false, model::leave);
        HBox actions = new HBox(back);
        actions.getStyleClass().add("form-actions");

        Label problem = Problems.line(model.problemProperty(), i18n);
        problem.setId("pictureLock-problem");
        // "Try again" sits above the pictures, next to the first one the focus returns to: at 200% text
        // a line under the grid would be below the fold.
        VBox card = new VBox(title, intro, dots(), tryAgain, pictures(), problem, actions);
        card.getStyleClass().addAll("card", "learner-form", "picture-lock");
        card.setMaxWidth(720);
        getChildren().add(card);
        setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("form-wrapper");
        back.cancelButtonProperty().bind(visibleProperty());
        // After a wrong try the child starts again from the first picture, the message in view beside it,
        // and a screen reader says it with that picture.
        Button first = buttons.get(0);
        first.accessibleHelpProperty().bind(Bindings.when(model.tryAgainProperty())
                .then(tryAgain.textProperty()).otherwise((String) null));
        model.tryAgainProperty().addListener((obs, was, now) -> {
            if (now) {
                focusFirstPicture();
                Platform.runLater(() -> showTogether(first, tryAgain));
            }
        });
    }

    /** Filled or hollow dots, not a colour change: the count is also said in words beside them. */
    private HBox dots() {
        HBox dots = new HBox();
        dots.getStyleClass().add("lock-dots");
        dots.setAlignment(Pos.CENTER);
        dots.setFocusTraversable(false);
        Label progress = new Label();
        progress.setId("pictureLock-progress");
        progress.getStyleClass().add("lock-progress");
        progress.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("pictureLock.progress", model.tappedPictures().size(), PictureLock.LENGTH),
                model.tappedPictures(), i18n.languageProperty()));
        Runnable drawDots = () -> {
            dots.getChildren().clear();
            for (int i = 0; i < PictureLock.LENGTH; i++) {
                FontIcon dot = new FontIcon(i < model.tappedPictures().size() ? "mdi2c-circle" : "mdi2c-circle-outline");
                dot.getStyleClass().add("lock-dot");
                IconSizes.like(dot, progress, 1.375);
                dots.getChildren().add(dot);
            }
            dots.getChildren().add(progress);
        };
        model.tappedPictures().addListener((ListChangeListener<String>) change -> drawDots.run());
        drawDots.run();
        return dots;
    }

    private GridPane pictures() {
        GridPane pictures = new GridPane();
        pictures.getStyleClass().add("lock-grid");
        pictures.setAlignment(Pos.CENTER);
        for (int i = 0; i < Avatars.LOCK_PICTURES.size(); i++) {
            Avatars.Picture picture = Avatars.LOCK_PICTURES.get(i);
            Label name = new Label();
            name.textProperty().bind(i18n.text("pictureLock.picture." + picture.id()));
            name.getStyleClass().add("lock-picture-name");
            VBox face = new VBox(Avatars.disc(picture, 64), name);
            face.setAlignment(Pos.CENTER);
            face.getStyleClass().add("learner-face");
            Button button = new Button();
            button.setGraphic(face);
            button.setId("lockPicture-" + picture.id());
            button.getStyleClass().add("lock-picture");
            button.accessibleTextProperty().bind(i18n.text("pictureLock.picture." + picture.id()));
            button.disableProperty().bind(model.checkingProperty());
            button.setOnAction(e -> model.tapPicture(picture.id()));
            pictures.add(button, i % 3, i / 3);
            buttons.add(button);
        }
        return pictures;
    }

    /** Scrolls so both show: the picture first, then the message just above it. */
    private void showTogether(Node picture, Node message) {
        if (getScene() == null) {
            return;
        }
        getScene().getRoot().applyCss();
        getScene().getRoot().layout();
        Focus.scrollIntoView(picture);
        Focus.scrollIntoView(message);
    }

    void focusFirstPicture() {
        Focus.request(buttons.get(0));
    }
}
