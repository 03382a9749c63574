package jaga.content;

import java.util.List;

/** For parents: sections of advice and conversation starters tied to the learner modules. */
public record ParentGuide(List<Section> sections, List<LocalizedText> conversationStarters) {
    public ParentGuide {
        sections = sections == null ? null : List.copyOf(sections);
        conversationStarters = conversationStarters == null ? List.of() : List.copyOf(conversationStarters);
    }

    public record Section(String id, LocalizedText heading, LocalizedText body) {}
}
