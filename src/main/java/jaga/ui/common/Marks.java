package jaga.ui.common;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Marks an answer part right or wrong by icon, words for screen readers, and colour, so that no
 * child has to tell colours apart to see what was right.
 */
public final class Marks {
    private Marks() {}

    public static void right(Labeled control, I18n i18n) {
        mark(control, "mdi2c-check-bold", "choice-correct", i18n.get("quiz.mark.right"));
    }

    public static void wrong(Labeled control, I18n i18n) {
        mark(control, "mdi2c-close-thick", "choice-wrong", i18n.get("quiz.mark.wrong"));
    }

    /** A right answer the learner did not pick: marked right, with words beside it that it was missed. */
    public static void missed(Labeled control, I18n i18n) {
        mark(control, "mdi2c-check-bold", "choice-correct", i18n.get("quiz.mark.missed"));
        javafx.scene.control.Label tag = new javafx.scene.control.Label(i18n.get("quiz.mark.notPicked"));
        tag.getStyleClass().add("choice-missed-tag");
        tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox graphic = new javafx.scene.layout.HBox(control.getGraphic(), tag);
        graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        graphic.getStyleClass().add("choice-missed-mark");
        control.setGraphic(graphic);
        if (!control.getStyleClass().contains("choice-missed")) {
            control.getStyleClass().add("choice-missed");
        }
    }

    private static void mark(Labeled control, String icon, String styleClass, String words) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("choice-mark");
        control.setGraphic(glyph);
        control.getStyleClass().add(styleClass);
        control.setAccessibleText(words + ": " + control.getText());
    }
}
