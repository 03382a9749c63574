package jaga.learning;

import jaga.content.ContentCatalog;
import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.content.Topic;
import jaga.progress.AnswerHistory;
import jaga.progress.AnswerHistory.LatestAnswer;
import jaga.progress.DashboardRepository;
import jaga.progress.DashboardRepository.MissedQuestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dashboard figures joined with today's content: mastery per topic, and most-missed questions
 * with their wording, or marked retired when the lessons no longer have them (history stays
 * readable; nothing breaks because content changed).
 */
public final class ProgressReports {
    private final ContentCatalog catalog;
    private final DashboardRepository dashboards;
    private final AnswerHistory answers;

    public ProgressReports(ContentCatalog catalog, DashboardRepository dashboards, AnswerHistory answers) {
        this.catalog = catalog;
        this.dashboards = dashboards;
        this.answers = answers;
    }

    public List<TopicMastery> learnerMastery(long learnerId) {
        return mastery(answers.latestAnswers(learnerId));
    }

    public List<TopicMastery> classMastery(long classId) {
        return mastery(answers.latestAnswersInClass(classId));
    }

    public List<MissedQuestionReport> mostMissedBy(long learnerId, int limit) {
        return withContent(dashboards.mostMissedByLearner(learnerId, limit));
    }

    public List<MissedQuestionReport> mostMissedInClass(long classId, int limit) {
        return withContent(dashboards.mostMissedByClass(classId, limit));
    }

    /**
     * Per topic, in curriculum order, counted the way teachers read it (Kolibri's coach reports):
     * only each learner's latest answer to each question in a finished quiz, so retries and quizzes
     * left half done do not weigh; a learner's mastery is their share of credit over those answers
     * (0 to 1), and a group's is the mean of its learners' (one vote per learner, learners as the
     * denominator). Modules no longer in the content have no topic and are left out.
     */
    List<TopicMastery> mastery(List<LatestAnswer> latest) {
        Map<Topic, Map<Long, double[]>> byLearner = new EnumMap<>(Topic.class);
        Map<Topic, Set<String>> modules = new EnumMap<>(Topic.class);
        for (LatestAnswer answer : latest) {
            Optional<ContentModule> content = catalog.module(answer.moduleId());
            if (content.isEmpty()) {
                continue;
            }
            Topic topic = content.get().topic();
            double[] sums = byLearner.computeIfAbsent(topic, t -> new LinkedHashMap<>())
                    .computeIfAbsent(answer.learnerId(), id -> new double[2]);
            sums[0] += answer.credit();
            sums[1] += 1;
            modules.computeIfAbsent(topic, t -> new HashSet<>()).add(answer.moduleId());
        }
        List<TopicMastery> result = new ArrayList<>();
        byLearner.forEach((topic, learners) -> {
            double shares = learners.values().stream().mapToDouble(sums -> sums[0] / sums[1]).sum();
            int answered = (int) learners.values().stream().mapToDouble(sums -> sums[1]).sum();
            result.add(new TopicMastery(topic, shares / learners.size(), answered, modules.get(topic).size(),
                    learners.size()));
        });
        return result;
    }

    List<MissedQuestionReport> withContent(List<MissedQuestion> missed) {
        return missed.stream().map(m -> {
            Optional<Question> question = catalog.module(m.moduleId())
                    .flatMap(module -> module.quiz().questions().stream().filter(q -> q.id().equals(m.questionId())).findFirst());
            return new MissedQuestionReport(m, question);
        }).toList();
    }

    /**
     * Mastery of a topic: {@code share} (0 to 1) over {@code answers} latest answers in
     * {@code modules} modules by {@code learners} learners.
     */
    public record TopicMastery(Topic topic, double share, int answers, int modules, int learners) {}

    /** A most-missed question with today's wording, or none: then it is retired from the lessons. */
    public record MissedQuestionReport(MissedQuestion missed, Optional<Question> question) {
        public boolean retired() {
            return question.isEmpty();
        }
    }
}
