package jaga.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Rows of buttons and fields that wrap onto more lines when the page is narrow (large text, a small
 * window), and the scrolling page they sit on: the adult pages' layout pieces, one way everywhere.
 */
public final class Toolbar {
    private Toolbar() {}

    /**
     * A row of buttons that wraps onto more lines when the page is narrow; at large text sizes a
     * button wider than the page wraps its own words instead of pushing the page sideways.
     */
    public static FlowPane of(Node... nodes) {
        FlowPane bar = new FlowPane(nodes) {
            // A flow pane is normally at least as wide as its widest child's preferred width;
            // this one may be as narrow as its widest child can shrink, so the page never scrolls sideways.
            @Override
            protected double computeMinWidth(double height) {
                return snappedLeftInset() + snappedRightInset() + getManagedChildren().stream()
                        .mapToDouble(child -> child.minWidth(-1)).max().orElse(0);
            }
        };
        bar.getStyleClass().add("adult-toolbar");
        for (Node node : nodes) {
            fit(bar, node);
        }
        return bar;
    }

    /** Lets a control added to a {@link #of toolbar} wrap its words rather than be wider than the bar. */
    public static void fit(FlowPane bar, Node node) {
        if (node instanceof Labeled labeled) {
            labeled.setWrapText(true);
            labeled.setMinWidth(Region.USE_COMPUTED_SIZE);
            labeled.maxWidthProperty().bind(bar.widthProperty());
        } else if (node instanceof TextField field) {
            field.setMinWidth(Region.USE_COMPUTED_SIZE);
            field.maxWidthProperty().bind(bar.widthProperty());
        } else if (node instanceof VBox stack) { // a field with its problem line under it (FieldCheck.withLine)
            stack.maxWidthProperty().bind(bar.widthProperty());
        }
    }

    /** A page that scrolls up and down, never sideways. */
    public static ScrollPane scrolled(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }
}
