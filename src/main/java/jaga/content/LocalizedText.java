package jaga.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jaga.model.Language;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A learner-facing string in several languages, keyed by locale code ("en", "ms"). */
public record LocalizedText(Map<String, String> values) {

    public static final String FALLBACK_LOCALE = Language.EN.code();

    @JsonCreator
    public LocalizedText {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LocalizedText of(String en, String ms) {
        return new LocalizedText(Map.of(Language.EN.code(), en, Language.MS.code(), ms));
    }

    @JsonValue
    public Map<String, String> values() {
        return values;
    }

    /** The text in the locale asked for, else English, so a screen never shows a blank. */
    public String in(String locale) {
        String text = values.get(locale);
        if (text == null || text.isBlank()) {
            text = values.getOrDefault(FALLBACK_LOCALE, "");
        }
        return text;
    }

    public boolean has(String locale) {
        String text = values.get(locale);
        return text != null && !text.isBlank();
    }
}
