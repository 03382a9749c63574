package jaga.ui.common;

import jaga.content.LocalizedText;
import jaga.model.Language;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The screen language. Every label binds to a key here (or to a content text), so switching
 * language re-labels the screen in place, even mid-lesson.
 */
public final class I18n {
    public static final String BUNDLE = "jaga.i18n.messages";
    public static final List<String> LANGUAGES = Language.codes();

    private final ObjectProperty<String> language = new SimpleObjectProperty<>(Language.EN.code());

    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public String language() {
        return language.get();
    }

    public void setLanguage(String code) {
        language.set(Language.orEnglish(code).code());
    }

    /** Switches to the other language (the header's language button); returns the one now spoken. */
    public Language toggleLanguage() {
        Language next = Language.orEnglish(language.get()).next();
        language.set(next.code());
        return next;
    }

    public String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language.get()), NO_FALLBACK);
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language.get())).format(arguments);
    }

    public StringBinding text(String key, Object... arguments) {
        return Bindings.createStringBinding(() -> get(key, arguments), language);
    }

    /**
     * Runs {@code relabel} whenever the language changes, for as long as {@code owner} lives: the
     * language outlives every screen, so it holds the listener weakly and the owner holds it strongly.
     */
    public void onChange(javafx.scene.Node owner, Runnable relabel) {
        javafx.beans.value.ChangeListener<String> listener = (obs, old, now) -> relabel.run();
        owner.getProperties().put(listener, Boolean.TRUE);
        language.addListener(new javafx.beans.value.WeakChangeListener<>(listener));
    }

    public StringBinding text(LocalizedText content) {
        return Bindings.createStringBinding(() -> content.in(language.get()), language);
    }

    public String in(LocalizedText content) {
        return content.in(language.get());
    }

    /** English is the base bundle; Malay must not silently fall back to the machine's own locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
