package jaga.content;

/**
 * Someone in a simulated chat. {@code me} marks the learner's own side of the thread;
 * {@code persona} is their face from {@link Personas}. {@code avatar} is what older modules
 * named (a learner's animal); it is still read but no longer shown.
 */
public record Participant(String id, LocalizedText name, String avatar, boolean me, String persona) {
    public Participant(String id, LocalizedText name, String avatar, boolean me) {
        this(id, name, avatar, me, null);
    }
}
