package jaga.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/** The app's large, labelled buttons. They never shrink below their text, at any text size. */
public final class Buttons {
    private Buttons() {}

    public static Button big(String id, ObservableValue<String> text, boolean accent, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(text);
        button.getStyleClass().add("big-button");
        if (accent) {
            button.getStyleClass().add("accent");
        }
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
