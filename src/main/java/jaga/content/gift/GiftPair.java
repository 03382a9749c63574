package jaga.content.gift;

/** A matching pair {@code =left -> right}; the right-hand side is plain text. */
public record GiftPair(int line, GiftText left, String right) {}
