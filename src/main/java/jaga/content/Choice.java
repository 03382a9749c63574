package jaga.content;

/** An answer the learner can pick, with feedback written for that choice. */
public record Choice(String id, LocalizedText text, boolean correct, LocalizedText feedback) {}
