package jaga.ui.chat;

import jaga.content.Participant;
import jaga.ui.common.I18n;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Message bubbles as in a phone's messaging app: theirs on the left with their face (a persona), mine on the right. */
public final class Bubbles {
    private Bubbles() {}

    public static Optional<Participant> participant(List<Participant> participants, String id) {
        return participants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** A whole row: picture, name and bubble, aligned to its side. */
    public static HBox row(Participant from, Node bubbleContent, I18n i18n) {
        boolean mine = from != null && from.me();
        VBox bubble = new VBox();
        bubble.getStyleClass().addAll("bubble", mine ? "bubble-mine" : "bubble-theirs");
        if (!mine && from != null) {
            Label name = new Label(i18n.in(from.name()));
            name.getStyleClass().add("bubble-name");
            bubble.getChildren().add(name);
        }
        bubble.getChildren().add(bubbleContent);
        bubble.setMaxWidth(520);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox();
        row.getStyleClass().add("bubble-row");
        if (mine) {
            row.getChildren().addAll(spacer, bubble);
            row.setAlignment(Pos.CENTER_RIGHT);
        } else {
            row.getChildren().addAll(PersonaFaces.face(from, 36), bubble, spacer);
            row.setAlignment(Pos.TOP_LEFT);
        }
        return row;
    }

    public static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("bubble-text");
        return label;
    }
}
