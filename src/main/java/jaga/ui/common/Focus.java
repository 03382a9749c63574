package jaga.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Puts keyboard focus on a screen's main control once it is really showing, and scrolls it into view. */
public final class Focus {
    private Focus() {}

    /**
     * Deferred to the next pulse: when a screen replaces another, the old screen's focus is
     * handed on after the new one is built, and would otherwise win.
     */
    public static void request(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(() -> focus(node));
            return;
        }
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> focus(node));
            }
        });
    }

    private static void focus(Node node) {
        node.requestFocus();
        scrollIntoView(node);
    }

    /** A keyboard user must see where the focus is: scroll every enclosing scroll pane to it. */
    public static void scrollIntoView(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (inContent == null || contentHeight <= viewport) {
                    continue;
                }
                double top = scroll.getVvalue() * (contentHeight - viewport);
                double target = top;
                if (inContent.getMaxY() > top + viewport) {
                    target = inContent.getMaxY() - viewport;
                } else if (inContent.getMinY() < top) {
                    target = inContent.getMinY();
                }
                scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
            }
        }
    }
}
