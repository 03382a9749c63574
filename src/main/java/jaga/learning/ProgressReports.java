package jaga.learning;

import jaga.content.ContentCatalog;
import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.content.Topic;
import jaga.progress.DashboardRepository;
import jaga.progress.DashboardRepository.MissedQuestion;
import jaga.progress.DashboardRepository.ModuleAggregate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dashboard figures joined with today's content: mastery per topic, and most-missed questions
 * with their wording, or marked retired when the lessons no longer have them (history stays
 * readable; nothing breaks because content changed).
 */
public final class ProgressReports {
    private final ContentCatalog catalog;
    private final DashboardRepository dashboards;

    public ProgressReports(ContentCatalog catalog, DashboardRepository dashboards) {
        this.catalog = catalog;
        this.dashboards = dashboards;
    }

    public List<TopicMastery> learnerMastery(long learnerId) {
        return mastery(DashboardRepository.aggregate(dashboards.moduleProgress(learnerId)));
    }

    public List<TopicMastery> classMastery(long classId) {
        return mastery(dashboards.classModules(classId));
    }

    public List<MissedQuestionReport> mostMissedBy(long learnerId, int limit) {
        return withContent(dashboards.mostMissedByLearner(learnerId, limit));
    }

    public List<MissedQuestionReport> mostMissedInClass(long classId, int limit) {
        return withContent(dashboards.mostMissedByClass(classId, limit));
    }

    /**
     * Per topic, the share of credit earned over every answer given in that topic's modules (0 to 1),
     * in curriculum order. Modules no longer in the content have no topic and are left out.
     */
    List<TopicMastery> mastery(List<ModuleAggregate> modules) {
        Map<Topic, double[]> totals = new EnumMap<>(Topic.class);
        for (ModuleAggregate module : modules) {
            Optional<ContentModule> content = catalog.module(module.moduleId());
            if (content.isEmpty() || module.answers() == 0) {
                continue;
            }
            double[] sums = totals.computeIfAbsent(content.get().topic(), topic -> new double[3]);
            sums[0] += module.creditEarned();
            sums[1] += module.answers();
            sums[2] += 1;
        }
        List<TopicMastery> result = new ArrayList<>();
        totals.forEach((topic, sums) -> result.add(new TopicMastery(topic, sums[0] / sums[1], (int) sums[1], (int) sums[2])));
        return result;
    }

    List<MissedQuestionReport> withContent(List<MissedQuestion> missed) {
        return missed.stream().map(m -> {
            Optional<Question> question = catalog.module(m.moduleId())
                    .flatMap(module -> module.quiz().questions().stream().filter(q -> q.id().equals(m.questionId())).findFirst());
            return new MissedQuestionReport(m, question);
        }).toList();
    }

    /** Mastery of a topic: {@code share} of credit earned over {@code answers} answers in {@code modules} modules. */
    public record TopicMastery(Topic topic, double share, int answers, int modules) {}

    /** A most-missed question with today's wording, or none: then it is retired from the lessons. */
    public record MissedQuestionReport(MissedQuestion missed, Optional<Question> question) {
        public boolean retired() {
            return question.isEmpty();
        }
    }
}
