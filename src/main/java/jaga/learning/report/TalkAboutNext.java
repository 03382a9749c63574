package jaga.learning.report;

import jaga.content.Audience;
import jaga.content.ContentCatalog;
import jaga.content.ContentModule;
import jaga.content.LocalizedText;
import jaga.content.ParentGuide;
import jaga.content.Topic;
import jaga.model.Band;
import jaga.progress.AnswerHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "What to talk about next" in a learner report: the topics a child struggled with (low mastery,
 * a quiz failed and not passed since, a question missed again), the questions missed again, and
 * the conversation starters of each topic's parent guide for the child's age band. The thresholds
 * are {@link ReportService}'s.
 */
final class TalkAboutNext {
    private final ContentCatalog catalog;
    private final AnswerHistory answers;

    TalkAboutNext(ContentCatalog catalog, AnswerHistory answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    /** Topics where the child struggled (see {@link ReportService#STRUGGLING_BELOW}), in curriculum order. */
    List<TalkAbout> topics(List<ModuleRow> modules, List<TopicScore> mastery, long learnerId, Band band) {
        Map<Topic, List<LocalizedText>> missedAgain = missedAgain(learnerId);
        Map<Topic, TopicScore> byTopic = mastery.stream().collect(Collectors.toMap(TopicScore::topic, Function.identity()));
        List<TalkAbout> result = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            Set<TalkAbout.Reason> reasons = EnumSet.noneOf(TalkAbout.Reason.class);
            TopicScore score = byTopic.get(topic);
            boolean judged = score != null && score.answers() >= ReportService.MIN_ANSWERS_TO_JUDGE;
            if (judged && score.share() < ReportService.STRUGGLING_BELOW) {
                reasons.add(TalkAbout.Reason.LOW_MASTERY);
            }
            boolean failed = modules.stream().anyMatch(row -> row.module().topic().equals(Optional.of(topic))
                    && !row.passed() && row.lastScore() != null);
            if (failed) {
                reasons.add(TalkAbout.Reason.FAILED_QUIZ);
            }
            List<LocalizedText> again = missedAgain.getOrDefault(topic, List.of());
            if (!again.isEmpty()) {
                reasons.add(TalkAbout.Reason.MISSED_AGAIN);
            }
            if (!reasons.isEmpty()) {
                result.add(new TalkAbout(topic, reasons, judged ? score.percent() : null, again,
                        forBand(starters(topic), band)));
            }
        }
        return result;
    }

    /** Per topic, the questions the child keeps getting wrong, in today's wording (retired ones left out). */
    private Map<Topic, List<LocalizedText>> missedAgain(long learnerId) {
        Map<Topic, List<LocalizedText>> byTopic = new EnumMap<>(Topic.class);
        for (AnswerHistory.RepeatedMiss miss : answers.repeatedMisses(learnerId)) {
            catalog.module(miss.moduleId()).ifPresent(module -> module.quiz().questions().stream()
                    .filter(q -> q.id().equals(miss.questionId())).findFirst()
                    .ifPresent(q -> byTopic.computeIfAbsent(module.topic(), t -> new ArrayList<>()).add(q.prompt())));
        }
        return byTopic;
    }

    /** The starters for the child's band and for any age; all of them when the guide has none for that band. */
    static List<LocalizedText> forBand(List<ParentGuide.Starter> starters, Band band) {
        List<ParentGuide.Starter> kept = starters.stream().filter(starter -> starter.suits(band)).toList();
        return (kept.isEmpty() ? starters : kept).stream().map(ParentGuide.Starter::text).toList();
    }

    /** The conversation starters of the topic's parent guide (the {@code <topic>-parents} module). */
    private List<ParentGuide.Starter> starters(Topic topic) {
        return catalog.modules().stream()
                .filter(m -> m.topic() == topic && m.audience() == Audience.PARENT && m.guide() != null)
                .sorted(Comparator.comparing((ContentModule m) -> !m.id().equals(topic.code() + "-parents"))
                        .thenComparing(ContentModule::id))
                .flatMap(m -> m.guide().conversationStarters().stream()).toList();
    }
}
