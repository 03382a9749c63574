package jaga.content;

import jaga.model.Band;
import java.util.List;

/** For parents: sections of advice and conversation starters tied to the learner modules. */
public record ParentGuide(List<Section> sections, List<Starter> conversationStarters) {
    public ParentGuide {
        sections = sections == null ? null : List.copyOf(sections);
        conversationStarters = conversationStarters == null ? List.of() : List.copyOf(conversationStarters);
    }

    public record Section(String id, LocalizedText heading, LocalizedText body) {}

    /**
     * Something a parent can ask, for children of one age band, or of any age when {@code band}
     * is null. The app writes the age before it ("Ages 7-9"), so the text carries none.
     */
    public record Starter(Band band, LocalizedText text) {
        /** Whether this starter suits a child of {@code childBand}. */
        public boolean suits(Band childBand) {
            return band == null || band == childBand;
        }
    }
}
