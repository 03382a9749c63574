package jaga.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

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

    /**
     * A plain button with an icon before its words (a screen's tool bar, the window's header),
     * never narrower than its words; the icon grows with the words at every text size.
     */
    public static Button withIcon(String id, ObservableValue<String> text, String icon, String styleClass, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(text);
        button.setGraphic(IconSizes.like(new FontIcon(icon), button, 1.125));
        button.getStyleClass().add(styleClass);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
