package jaga.ui.adult;

import jaga.ui.common.I18n;
import javafx.scene.control.Label;

/** The adult pages' titles and intros, labelled the same way on every page. */
final class AdultText {
    private AdultText() {}

    static Label title(I18n i18n, String key) {
        Label title = new Label();
        title.textProperty().bind(i18n.text(key));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        return title;
    }

    static Label subtitle(I18n i18n, String key) {
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.text(key));
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);
        return subtitle;
    }
}
