package jaga.content;

/**
 * A picture beside a step's words: a file in the module folder and what it shows, in every
 * language (shown when the picture cannot be, read aloud, and given to screen readers).
 */
public record Picture(String file, LocalizedText alt) {}
