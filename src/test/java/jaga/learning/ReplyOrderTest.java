package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ChatNode;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Step;
import jaga.testing.Modules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chat replies as learners see them: the safe one is not a matter of button position (docs/decisions/0010). */
class ReplyOrderTest {
    private static final List<ContentModule> MODULES = new ContentLoader().load(List.of(Modules.bundledContent()))
            .modules().stream().filter(ContentModule::forLearners).toList();

    /** Every decision point with exactly one safe reply, walked through a chat run as the learner sees it. */
    private static List<Integer> safePlaces(ContentModule module, long learnerId, int attempt) {
        ReplyOrder order = ReplyOrder.of(module, learnerId);
        List<Integer> places = new ArrayList<>();
        for (var lesson : module.lessons()) {
            for (Step step : lesson.steps()) {
                if (step instanceof Step.Chat chat) {
                    for (ChatNode node : chat.nodes()) {
                        if (node.choices() == null || node.choices().size() < 2
                                || node.choices().stream().filter(ChatNode.ChatChoice::safe).count() != 1) {
                            continue;
                        }
                        List<ChatNode.ChatChoice> shown = order.order(chat, node, attempt);
                        assertThat(shown).as("the same replies, only in another order")
                                .containsExactlyInAnyOrderElementsOf(node.choices());
                        for (int i = 0; i < shown.size(); i++) {
                            if (shown.get(i).safe()) {
                                places.add(i);
                            }
                        }
                    }
                }
            }
        }
        return places;
    }

    @Test
    void inNoBundledModuleIsTheSafeReplyInTheSamePlaceInMoreThanHalfOfTheDecisionPoints() {
        assertThat(MODULES).hasSizeGreaterThan(10);
        for (ContentModule module : MODULES) {
            for (long learner = 1; learner <= 40; learner++) {
                for (int attempt = 0; attempt < 3; attempt++) {
                    List<Integer> places = safePlaces(module, learner, attempt);
                    Map<Integer, Integer> count = new HashMap<>();
                    places.forEach(place -> count.merge(place, 1, Integer::sum));
                    int most = count.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                    assertThat(most * 2).as("%s, learner %d, try %d: safe reply places %s", module.id(), learner,
                            attempt, places).isLessThanOrEqualTo(places.size());
                }
            }
        }
    }

    @Test
    void theOrderIsTheSameForTheSameLearnerAndTryAndDiffersBetweenTries() {
        ContentModule module = MODULES.stream().filter(m -> m.id().equals("scams-7-9")).findFirst().orElseThrow();
        assertThat(safePlaces(module, 7, 0)).isEqualTo(safePlaces(module, 7, 0));
        assertThat(safePlaces(module, 7, 1)).isNotEqualTo(safePlaces(module, 7, 0));
    }

    @Test
    void aChatRunOffersTheRepliesInTheLearnersOrder() {
        ContentModule module = MODULES.stream().filter(m -> m.id().equals("scams-7-9")).findFirst().orElseThrow();
        Step.Chat chat = module.lessons().stream().flatMap(l -> l.steps().stream())
                .filter(Step.Chat.class::isInstance).map(Step.Chat.class::cast).findFirst().orElseThrow();
        ReplyOrder order = ReplyOrder.of(module, 3);
        ChatRun run = new ChatRun(chat, order, 2);
        while (run.revealNext().isPresent()) {
            // every message before the first replies
        }
        ChatNode first = chat.nodes().stream().filter(n -> n.choices() != null && n.choices().size() > 1).findFirst()
                .orElseThrow();
        assertThat(run.attempt()).isEqualTo(2);
        assertThat(run.choices()).isEqualTo(order.order(chat, first, 2));
        run.restart();
        assertThat(run.attempt()).isEqualTo(3);
    }
}
