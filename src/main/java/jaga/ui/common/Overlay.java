package jaga.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A card over the screen (Get help, the badge shelf): its top row (the title and Close) stays in
 * view while the rest scrolls, so Close is always at the top, at any text size.
 */
public final class Overlay {
    private Overlay() {}

    /**
     * @param top   the title and Close, always shown
     * @param body  what scrolls beneath it
     * @param style the card's style class, e.g. "help-dialog"
     */
    public static StackPane create(String id, Node top, VBox body, String style, double maxWidth) {
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("screen-scroll", "overlay-scroll");
        VBox card = new VBox(top, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        card.getStyleClass().addAll("card", "overlay-card", style);
        card.setMaxWidth(maxWidth);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane backdrop = new StackPane(card);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        backdrop.setId(id);
        backdrop.getStyleClass().add("help-backdrop");
        return backdrop;
    }
}
