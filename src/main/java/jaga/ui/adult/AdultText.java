package jaga.ui.adult;

import jaga.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/** The adult pages' titles, intros, headings and field labels, made the same way on every page. */
final class AdultText {
    private AdultText() {}

    static Label title(I18n i18n, String key) {
        return wrapped(i18n, key, "screen-title");
    }

    static Label subtitle(I18n i18n, String key) {
        return wrapped(i18n, key, "screen-subtitle");
    }

    /** A heading inside a page (members, bands, modules). */
    static Label sectionHeading(I18n i18n, String key) {
        return wrapped(i18n, key, "guide-section-heading");
    }

    /** A form field's visible name, tied to the field for screen readers. */
    static Label fieldLabel(I18n i18n, String key, Node field) {
        Label label = wrapped(i18n, key, "field-label");
        label.setLabelFor(field);
        return label;
    }

    private static Label wrapped(I18n i18n, String key, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        // As tall as its wrapped lines need: a squeezed label would end in "..." at large text sizes.
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A line that says the page's latest notice in the adult's language, with a failure's
     * explanation (also in their language) after it; hidden when there is nothing to say. Problems
     * are marked by an icon and words, not only by colour.
     */
    static Label notice(I18n i18n, String id, ObservableValue<Notice> notice) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            Notice shown = notice.getValue();
            if (shown == null) {
                return "";
            }
            return shown.text(i18n);
        }, notice, i18n.languageProperty()));
        label.graphicProperty().bind(Bindings.createObjectBinding(() -> notice.getValue() == null ? null
                : new FontIcon(notice.getValue().problem() ? "mdi2a-alert-outline" : "mdi2c-check-circle-outline"),
                notice));
        notice.addListener((obs, old, now) -> {
            label.getStyleClass().removeAll("notice-problem", "notice-done");
            if (now != null) {
                label.getStyleClass().add(now.problem() ? "notice-problem" : "notice-done");
            }
        });
        label.getStyleClass().add("adult-notice");
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> notice.getValue() != null, notice));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** How wide a line of text is in a label's font. */
    static double textWidth(String text, javafx.scene.control.Labeled label) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(label.getFont());
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    /**
     * Keeps a wrapping label at least as wide as its longest word (plus its padding and any graphic beside it), so a narrow
     * column wraps between words and never cuts one in two ("Lesso / ns"); it follows the text size.
     */
    static void wholeWords(javafx.scene.control.Labeled label) {
        Runnable fit = () -> {
            String text = label.getText() == null ? "" : label.getText();
            double longest = java.util.Arrays.stream(text.split("\\s+")).mapToDouble(w -> textWidth(w, label))
                    .max().orElse(0);
            javafx.scene.Node graphic = label.getGraphic();
            double beside = graphic == null || label.getContentDisplay() == javafx.scene.control.ContentDisplay.TOP
                    || label.getContentDisplay() == javafx.scene.control.ContentDisplay.BOTTOM
                    ? 0 : graphic.prefWidth(-1) + label.getGraphicTextGap();
            label.setMinWidth(longest + beside + label.snappedLeftInset() + label.snappedRightInset() + 2);
        };
        label.fontProperty().addListener((obs, old, font) -> fit.run());
        label.textProperty().addListener((obs, old, text) -> fit.run());
        label.paddingProperty().addListener((obs, old, padding) -> fit.run());
        fit.run();
    }
}
