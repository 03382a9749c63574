package jaga.ui.common;

import jaga.model.Explained;
import java.util.MissingResourceException;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The one place a failure becomes words for a person: a problem that is {@link Explained} (itself
 * or a cause) is told by its {@code problem.<key>} text in the reader's language; anything else by
 * one general sentence. Never an exception's own English message, so never a file path or a Java
 * word on a child's or an adult's screen: that message is for the log and the command line.
 */
public final class Problems {
    /** The general sentence, for a failure no one has explained. */
    public static final String GENERAL = "problem.general";

    private Problems() {}

    /** What to tell the reader about {@code failure}, in the language {@code i18n} speaks now. */
    public static String text(Throwable failure, I18n i18n) {
        return explanation(failure, i18n).orElseGet(() -> i18n.get(GENERAL));
    }

    /**
     * The explained problem's own text, when the failure (or what caused it) is explained and the
     * message bundles have words for it; empty otherwise (a page that has already said what failed
     * then says no more).
     */
    public static Optional<String> explanation(Throwable failure, I18n i18n) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Explained explained) {
                try {
                    return Optional.of(i18n.get("problem." + explained.messageKey(),
                            explained.messageArguments().toArray()));
                } catch (MissingResourceException noWords) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #text} of the problem shown, following it and the language; "" when there is none. */
    public static StringBinding text(ObservableValue<? extends Throwable> problem, I18n i18n) {
        return Bindings.createStringBinding(() -> problem.getValue() == null ? "" : text(problem.getValue(), i18n),
                problem, i18n.languageProperty());
    }

    /** A line saying the problem in the reader's language, shown only while there is one. */
    public static Label line(ObservableValue<? extends Throwable> problem, I18n i18n) {
        Label line = new Label();
        line.textProperty().bind(text(problem, i18n));
        line.getStyleClass().add("error-text");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.visibleProperty().bind(Bindings.createBooleanBinding(() -> problem.getValue() != null, problem));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
