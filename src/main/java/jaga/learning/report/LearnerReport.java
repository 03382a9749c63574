package jaga.learning.report;

import java.util.List;

/**
 * Everything a parent sees about one child, in the family dashboard, the learner PDF and the
 * learner CSV: modules (every module of the child's band, and any other the child opened), mastery
 * per topic, badges, finished quizzes in order, the most-missed questions and what to talk about
 * next. Scores and missed concepts only, not every click. Times are ISO-8601 UTC text.
 */
public record LearnerReport(ReportLearner learner, String madeAt, List<ModuleRow> modules, List<TopicScore> mastery,
                            String lastActive, List<BadgeRow> badges, List<ScorePoint> progress,
                            List<MissedQuestionRow> mostMissed, List<TalkAbout> talkAboutNext) {
    public LearnerReport {
        modules = List.copyOf(modules);
        mastery = List.copyOf(mastery);
        badges = List.copyOf(badges);
        progress = List.copyOf(progress);
        mostMissed = List.copyOf(mostMissed);
        talkAboutNext = List.copyOf(talkAboutNext);
    }

    public int modulesPassed() {
        return (int) modules.stream().filter(ModuleRow::passed).count();
    }
}
