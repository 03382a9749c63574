package jaga.content;

/** Someone in a simulated chat. {@code me} marks the learner's own side of the thread. */
public record Participant(String id, LocalizedText name, String avatar, boolean me) {}
