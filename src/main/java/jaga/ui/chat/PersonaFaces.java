package jaga.ui.chat;

import jaga.content.Participant;
import jaga.content.Personas;
import jaga.model.Language;
import jaga.ui.picture.Pictures;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * Faces of the people in chats, from their own set ({@link Personas}, drawn in content/art),
 * never the animals learners pick for themselves (those are {@link jaga.ui.common.Avatars}): a
 * child must never think a stranger's messages come from a classmate who has the same picture.
 * Someone with no persona gets the first letter of their name on a disc.
 */
public final class PersonaFaces {
    /** Dark discs for letters: white text on each has at least 4.5:1 contrast. */
    private static final List<Color> LETTER_DISCS = List.of(
            Color.web("#334155"), Color.web("#1E3A8A"), Color.web("#14532D"), Color.web("#7C2D12"), Color.web("#581C87"));

    private PersonaFaces() {}

    /** The face of {@code who} (null for "someone is typing"), {@code size} pixels across. */
    public static Node face(Participant who, double size) {
        Optional<Image> picture = who == null || who.persona() == null || !Personas.known(who.persona())
                ? Optional.empty() : Pictures.art("personas/" + who.persona() + ".png");
        StackPane face;
        if (picture.isPresent()) {
            ImageView view = new ImageView(picture.get());
            view.setFitWidth(size);
            view.setFitHeight(size);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            face = new StackPane(view);
            face.getStyleClass().add("persona-picture");
        } else {
            String name = who == null ? "" : who.name().values().getOrDefault(Language.EN.code(), who.id());
            Circle disc = new Circle(size / 2, LETTER_DISCS.get(Math.floorMod(name.hashCode(), LETTER_DISCS.size())));
            Label letter = new Label(name.isBlank() ? "\u2026" : name.substring(0, 1).toUpperCase());
            letter.getStyleClass().add("persona-letter");
            letter.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx;", size * 0.5));
            face = new StackPane(disc, letter);
        }
        face.getStyleClass().add("persona");
        face.setMinSize(size, size);
        face.setMaxSize(size, size);
        // No role of its own: the message beside it already says who speaks ("Name: text"), and an
        // image without a name would be announced as an unnamed picture on every line.
        return face;
    }
}
