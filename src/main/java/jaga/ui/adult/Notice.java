package jaga.ui.adult;

import java.util.List;

/**
 * Something an adult page tells the adult, as a message key and its arguments, so it follows the
 * language; {@code detail} is a message from the learning layer (English only), shown as it is, or null.
 */
public record Notice(String key, List<Object> arguments, String detail, boolean problem) {
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
        return new Notice(key, List.of(), failure.getMessage(), true);
    }
}
