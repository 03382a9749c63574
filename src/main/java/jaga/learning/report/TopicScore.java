package jaga.learning.report;

import jaga.content.Topic;

/**
 * Mastery of a topic: the share of credit earned (0 to 1) over the latest answers in finished quizzes in the
 * topic's modules, as {@link jaga.learning.ProgressReports} works it out.
 */
public record TopicScore(Topic topic, double share, int answers) {

    /** The share as a whole percentage, 0-100. */
    public int percent() {
        return (int) Math.round(share * 100);
    }
}
