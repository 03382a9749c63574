package jaga.content;

import java.util.List;

/**
 * A point in a simulated chat: messages that appear one by one, then exactly one of: replies
 * for the learner to choose from, a {@code next} node, or an ending.
 */
public record ChatNode(String id, List<ChatMessage> messages, List<ChatChoice> choices, String next, ChatEnding ending) {
    public ChatNode {
        messages = messages == null ? List.of() : List.copyOf(messages);
        choices = choices == null ? null : List.copyOf(choices);
    }

    /** One message in the thread, from a participant by id. */
    public record ChatMessage(String from, LocalizedText text) {}

    /** A reply the learner can pick; the feedback explains the choice, and the chat goes on at {@code next}. */
    public record ChatChoice(String id, LocalizedText text, LocalizedText feedback, boolean safe, String next) {}

    /** How the scenario ends: safely or not, and why. */
    public record ChatEnding(Outcome outcome, LocalizedText title, LocalizedText explanation) {}

    public enum Outcome {
        @com.fasterxml.jackson.annotation.JsonProperty("safe") SAFE,
        @com.fasterxml.jackson.annotation.JsonProperty("unsafe") UNSAFE
    }
}
