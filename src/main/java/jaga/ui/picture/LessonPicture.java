package jaga.ui.picture;

import jaga.content.Picture;
import jaga.ui.common.I18n;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A lesson's picture above its words: the scene or the key idea, loaded off the JavaFX thread,
 * with its alt text for screen readers, as a tooltip and read aloud by its own speaker button.
 * If it cannot be shown, its alt text is shown instead, so the words still teach.
 */
public final class LessonPicture {
    /** Widest a picture is shown, in pixels; the files are 800 wide, sharp at 200% on most screens. */
    public static final double WIDTH = 440;

    private LessonPicture() {}

    /** The words with the picture above them; just the words when there is no picture. */
    public static Node above(Node words, Picture picture, Path moduleFolder, I18n i18n, ReadAloud readAloud) {
        if (picture == null) {
            return words;
        }
        VBox both = new VBox(create(picture, moduleFolder, i18n, readAloud), words);
        both.getStyleClass().add("lesson-picture-and-words");
        both.setSpacing(12);
        return both;
    }

    /** The picture alone, with its speaker button beside it where read aloud is on. */
    public static Node create(Picture picture, Path moduleFolder, I18n i18n, ReadAloud readAloud) {
        String alt = i18n.in(picture.alt());
        Optional<Image> image = Pictures.fromModule(moduleFolder, picture.file(), 800);
        Node shown = image.map(loaded -> framed(loaded, alt)).orElseGet(() -> altText(alt));
        HBox row = new HBox(shown);
        row.setAlignment(Pos.BOTTOM_LEFT);
        row.setSpacing(8);
        row.getStyleClass().add("lesson-picture");
        row.setId("lessonPicture");
        SpeakerButton.create(readAloud, i18n, "speak-picture", shown, () -> alt).ifPresent(row.getChildren()::add);
        return row;
    }

    private static Node framed(Image image, String alt) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(WIDTH);
        view.setFitHeight(WIDTH); // a tall picture stays within a square
        view.setSmooth(true);
        StackPane frame = new StackPane(view);
        frame.setMaxWidth(WIDTH);
        frame.getStyleClass().add("lesson-picture-frame");
        frame.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        frame.setAccessibleText(alt);
        Tooltip.install(frame, new Tooltip(alt));
        // Loaded in the background: when the file turns out unreadable, its words take its place.
        Runnable fallBack = () -> {
            if (image.isError()) {
                frame.getChildren().setAll(altText(alt));
            }
        };
        image.errorProperty().addListener((obs, old, error) -> fallBack.run());
        fallBack.run();
        return frame;
    }

    private static Label altText(String alt) {
        Label words = new Label(alt);
        words.setWrapText(true);
        words.getStyleClass().add("lesson-picture-alt");
        words.setMaxWidth(WIDTH);
        return words;
    }
}
