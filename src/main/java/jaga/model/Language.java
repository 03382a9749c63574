package jaga.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Jaga speaks, in the order they are offered (English first). Content, settings and
 * files keep the {@link #code()}; everything else uses the constant.
 */
public enum Language {
    EN("en"),
    MS("ms");

    private static final List<String> CODES = Arrays.stream(values()).map(Language::code).toList();

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** "en" or "ms", as stored in the database, content files and message bundle names. */
    public String code() {
        return code;
    }

    /** The code, so a message key or file name built with {@code + language} stays right. */
    @Override
    public String toString() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language after this one in the order offered (the last wraps to the first), for a toggle. */
    public Language next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** The language with this code, if Jaga speaks it. */
    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The language with this code; anything else is a mistake of the caller. */
    public static Language parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("the language is en or ms"));
    }

    /** The language with this code, English for anything else (null too). */
    public static Language orEnglish(String code) {
        return fromCode(code).orElse(EN);
    }

    /** Every code in the order the languages are offered: "en", "ms". */
    public static List<String> codes() {
        return CODES;
    }
}
