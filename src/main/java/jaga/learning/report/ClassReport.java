package jaga.learning.report;

import jaga.content.Topic;
import java.util.List;

/**
 * A class at a glance: every learner in it, even one who never opened Jaga; a learner x module
 * grid ({@code rows}, each row's cells in the order of {@code modules}); the most-missed questions
 * with the wrong answers chosen; mastery per topic across the class; and who needs help.
 */
public record ClassReport(long classId, String className, String madeAt, List<ModuleInfo> modules,
                          List<Row> rows, List<MissedQuestionRow> mostMissed, List<TopicScore> mastery,
                          List<NeedsHelp> needsHelp) {
    public ClassReport {
        modules = List.copyOf(modules);
        rows = List.copyOf(rows);
        mostMissed = List.copyOf(mostMissed);
        mastery = List.copyOf(mastery);
        needsHelp = List.copyOf(needsHelp);
    }

    /** One learner: a cell per module column, modules passed, average best score (null if none), last active. */
    public record Row(ReportLearner learner, List<ModuleRow> cells, int modulesPassed, Double averageBestScore,
                      String lastActive) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A learner who needs help, and every reason why (see {@link ReportService#NEEDS_HELP_BELOW}). */
    public record NeedsHelp(ReportLearner learner, List<HelpReason> reasons) {
        public NeedsHelp {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * FAILED_TWICE: {@code failedAttempts} finished attempts at {@code module} failed and none passed;
     * LOW_MASTERY: mastery of {@code topic} is {@code masteryPercent}.
     */
    public record HelpReason(Kind kind, ModuleInfo module, Topic topic, Integer masteryPercent, int failedAttempts) {
        public enum Kind { FAILED_TWICE, LOW_MASTERY }
    }
}
