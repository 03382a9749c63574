package jaga.ui.question;

import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A matching question's items, each with its place for a match: side by side while they fit, and
 * with large text (or a narrow window) the place under its item, set in a little.
 */
final class MatchingRows extends GridPane {
    private static final PseudoClass STACKED = PseudoClass.getPseudoClass("stacked");

    private final List<Node> items;
    private final List<? extends Node> places;
    private final DoubleSupplier em;
    private boolean stacked;

    /**
     * @param items  the items, in order
     * @param places the place for each item's match, in the same order
     * @param em     the size of the cards' text, in pixels
     */
    MatchingRows(List<Node> items, List<? extends Node> places, DoubleSupplier em) {
        this.items = List.copyOf(items);
        this.places = List.copyOf(places);
        this.em = em;
        getStyleClass().add("matching");
        place(false);
        widthProperty().addListener((obs, old, width) -> {
            boolean stack = width.doubleValue() > 0 && width.doubleValue() < 32 * em.getAsDouble();
            if (stack != stacked) {
                place(stack);
            }
        });
    }

    private void place(boolean stack) {
        stacked = stack;
        getChildren().clear();
        getColumnConstraints().clear();
        if (stack) {
            ColumnConstraints only = new ColumnConstraints();
            only.setPercentWidth(100);
            getColumnConstraints().add(only);
        } else {
            ColumnConstraints left = new ColumnConstraints();
            left.setPercentWidth(45);
            ColumnConstraints right = new ColumnConstraints();
            right.setHgrow(Priority.ALWAYS);
            right.setFillWidth(true);
            getColumnConstraints().addAll(left, right);
        }
        for (int i = 0; i < items.size(); i++) {
            Node place = places.get(i);
            if (stack) {
                add(items.get(i), 0, 2 * i);
                add(place, 0, 2 * i + 1);
                // The match sits under its item, set in a little, with room before the next item.
                setMargin(place, new Insets(0, 0, em.getAsDouble() * 0.6, em.getAsDouble() * 1.5));
            } else {
                setMargin(place, null);
                addRow(i, items.get(i), place);
            }
        }
        pseudoClassStateChanged(STACKED, stack);
    }
}
