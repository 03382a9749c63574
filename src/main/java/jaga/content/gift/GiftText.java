package jaga.content.gift;

/** A piece of GIFT text with its format: {@code moodle} (the default), {@code html}, {@code markdown} or {@code plain}. */
public record GiftText(String format, String text) {}
