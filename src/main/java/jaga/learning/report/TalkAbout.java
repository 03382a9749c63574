package jaga.learning.report;

import jaga.content.LocalizedText;
import jaga.content.Topic;
import java.util.List;
import java.util.Set;

/**
 * A topic the child struggled with, why, and the conversation starters of that topic's parent
 * guide (empty when the content has no guide for it). {@code masteryPercent} is null when the
 * child has answered too few questions in the topic to judge.
 */
public record TalkAbout(Topic topic, Set<Reason> reasons, Integer masteryPercent, List<LocalizedText> starters) {
    public TalkAbout {
        reasons = Set.copyOf(reasons);
        starters = List.copyOf(starters);
    }

    /** Why a topic is suggested: see {@link ReportService#STRUGGLING_BELOW}. */
    public enum Reason { LOW_MASTERY, FAILED_QUIZ }
}
