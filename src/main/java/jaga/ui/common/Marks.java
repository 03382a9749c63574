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

    /** A right answer the learner did not pick: marked right, and said to be missed. */
    public static void missed(Labeled control, I18n i18n) {
        mark(control, "mdi2c-checkbox-blank-outline", "choice-correct", i18n.get("quiz.mark.missed"));
        control.getStyleClass().add("choice-missed");
    }

    private static void mark(Labeled control, String icon, String styleClass, String words) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("choice-mark");
        control.setGraphic(glyph);
        control.getStyleClass().add(styleClass);
        control.setAccessibleText(words + ": " + control.getText());
    }
}
