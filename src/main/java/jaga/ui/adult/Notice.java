package jaga.ui.adult;

import java.util.List;

/**
 * Something an adult page tells the adult, as a message key and its arguments, so it follows the
 * language; {@code failure} is what went wrong, or null: the page adds its explanation in the
 * adult's language when it has one ({@code jaga.ui.common.Problems}), never its English message.
 */
public record Notice(String key, List<Object> arguments, Throwable failure, boolean problem) {
    public Notice {
        arguments = List.copyOf(arguments);
    }

    static Notice info(String key, Object... arguments) {
        return new Notice(key, List.of(arguments), null, false);
    }

    static Notice problem(String key, Object... arguments) {
        return new Notice(key, List.of(arguments), null, true);
    }

    static Notice failure(String key, Throwable failure) {
        return new Notice(key, List.of(), failure, true);
    }

    /** The notice in the adult's language: its own words, then the failure's explanation when there is one. */
    String text(jaga.ui.common.I18n i18n) {
        String text = i18n.get(key, arguments.toArray());
        return failure == null ? text : jaga.ui.common.Problems.explanation(failure, i18n)
                .map(explained -> text + " " + explained).orElse(text);
    }
}
