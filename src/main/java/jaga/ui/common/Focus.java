package jaga.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;

/** Puts keyboard focus on a screen's main control once the screen is really showing. */
public final class Focus {
    private Focus() {}

    /**
     * Deferred to the next pulse: when a screen replaces another, the old screen's focus is
     * handed on after the new one is built, and would otherwise win.
     */
    public static void request(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(node::requestFocus);
            }
        });
    }
}
