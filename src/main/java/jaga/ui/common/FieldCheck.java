package jaga.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.ValidationDecoration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What is wrong with a form field, said while it is typed and in three ways at once: ControlsFX's
 * {@link ValidationSupport} keeps the field's problem and marks the field ({@code :problem}, a
 * thick frame in the theme's problem colour), a line under the field says it in words beside a
 * warning icon (never colour alone, and it wraps at any text size), and the field's accessible help
 * carries the same words, so a screen reader says them when the field is reached by keyboard.
 *
 * <p>The decoration is Jaga's own rather than ControlsFX's graphic one: that one draws a small
 * fixed-size picture in the field's corner (it does not grow with the text size and says nothing
 * to a screen reader) and wraps the window's root in a pane of its own.
 */
public final class FieldCheck {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private FieldCheck() {}

    /**
     * Checks {@code field} against {@code problem} (the words of what is wrong in the reader's
     * language, or empty/null when nothing is) and returns the line that says it, to place under
     * the field; the line is hidden while there is nothing to say.
     */
    public static Label attach(Control field, ObservableValue<String> problem, String lineId) {
        Label line = new Label();
        line.setId(lineId);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().add("field-problem");
        line.setGraphic(IconSizes.like(new FontIcon("mdi2a-alert-outline"), line, 1.25)); // grows with the text
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        line.setLabelFor(field);

        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new SaidInWords(line));
        support.registerValidator(field, false, (Control control, Object value) ->
                ValidationResult.fromErrorIf(control, words(problem), !words(problem).isEmpty()));
        // The words change with the language and with the model, not only with what is typed.
        problem.addListener((obs, old, now) -> support.revalidate(field));
        // Kept with the field: the support lives as long as the field does.
        field.getProperties().put(FieldCheck.class, support);
        return line;
    }

    /**
     * The field with its problem line under it, as one piece to put in a {@link Toolbar} row: the
     * line stays under its field however the row wraps, and wraps within the field's width.
     */
    public static VBox withLine(Control field, Label line) {
        line.maxWidthProperty().bind(field.widthProperty());
        VBox stack = new VBox(field, line);
        stack.getStyleClass().add("field-with-problem");
        return stack;
    }

    /** The support that checks a field given to {@link #attach}, or null. */
    public static ValidationSupport support(Control field) {
        return (ValidationSupport) field.getProperties().get(FieldCheck.class);
    }

    private static String words(ObservableValue<String> problem) {
        String text = problem.getValue();
        return text == null ? "" : text;
    }

    /** The problem on the field, in the line under it and in the field's accessible help. */
    private record SaidInWords(Label line) implements ValidationDecoration {
        @Override
        public void removeDecorations(Control target) {
            target.pseudoClassStateChanged(PROBLEM, false);
            target.setAccessibleHelp(null);
            line.setText("");
        }

        @Override
        public void applyValidationDecoration(ValidationMessage message) {
            Control target = message.getTarget();
            target.pseudoClassStateChanged(PROBLEM, true);
            target.setAccessibleHelp(message.getText());
            line.setText(message.getText());
        }

        @Override
        public void applyRequiredDecoration(Control target) {
            // Nothing is marked as required: a field that is needed says so in its own label.
        }
    }
}
