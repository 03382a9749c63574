package jaga.ui.shell;

import jaga.ui.common.I18n;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** "Loading...", in the screen's language: shown while the progress file opens or the lessons load. */
public final class LoadingScreen {
    private LoadingScreen() {}

    public static StackPane of(I18n i18n, String id) {
        Label loading = new Label();
        loading.textProperty().bind(i18n.text("app.loading"));
        loading.getStyleClass().add("screen-subtitle");
        StackPane pane = new StackPane(loading);
        pane.getStyleClass().add("screen");
        pane.setId(id);
        return pane;
    }
}
