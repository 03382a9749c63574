package jaga.learning.report;

import java.util.List;

/** Every child on this computer (not archived), one report each, in the order they were added. */
public record FamilyOverview(String madeAt, List<LearnerReport> children) {
    public FamilyOverview {
        children = List.copyOf(children);
    }
}
