package jaga.content;

/** A 1-based line and column in a JSON file. */
public record JsonPosition(int line, int column) {
    public static final JsonPosition START = new JsonPosition(1, 1);
}
