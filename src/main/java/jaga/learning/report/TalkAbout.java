package jaga.learning.report;

import jaga.content.LocalizedText;
import jaga.content.Topic;
import java.util.List;
import java.util.Set;

/**
 * A topic the child struggled with, why, and the conversation starters of that topic's parent
 * guide (empty when the content has no guide for it). {@code masteryPercent} is null when the
 * child has answered too few questions in the topic to judge; {@code missedAgain} holds the
 * questions (as the child read them) they got wrong in two or more quizzes and not right since.
 */
public record TalkAbout(Topic topic, Set<Reason> reasons, Integer masteryPercent, List<LocalizedText> missedAgain,
                        List<LocalizedText> starters) {
    public TalkAbout {
        reasons = Set.copyOf(reasons);
        missedAgain = List.copyOf(missedAgain);
        starters = List.copyOf(starters);
    }

    /** Why a topic is suggested: see {@link ReportService#STRUGGLING_BELOW}. */
    public enum Reason { LOW_MASTERY, FAILED_QUIZ, MISSED_AGAIN }
}
