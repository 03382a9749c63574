package jaga.learning;

import jaga.content.ChatNode;
import jaga.content.ContentModule;
import jaga.content.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The order a learner sees a chat's replies in (docs/decisions/0010). Per module and learner, the
 * safe reply of each decision point is put in the place used least so far for the module's
 * earlier decision points (ties broken toward places only longer lists have, then by the learner), so no place is the safe one most of the
 * time; the other replies are mixed. Each "try again" is placed afresh the same way. The
 * same learner, module and try always give the same order, so a chat redrawn after a restart
 * looks as it did.
 */
public final class ReplyOrder {
    private final ContentModule module;
    private final long learnerId;
    private final Map<Integer, Map<String, Integer>> safePlaceByTry = new HashMap<>();

    private ReplyOrder(ContentModule module, long learnerId) {
        this.module = module;
        this.learnerId = learnerId;
    }

    /**
     * Where the safe reply of each decision point goes on this try: walking the module's decision
     * points in order, each takes the place used least so far (ties broken by learner and try).
     */
    private Map<String, Integer> safePlaces(int attempt) {
        return safePlaceByTry.computeIfAbsent(attempt, ignored -> {
            Map<String, Integer> places = new HashMap<>();
            Random tieBreak = new Random(Objects.hash(learnerId, module.id(), attempt));
            int[] used = new int[16];
            for (var lesson : module.lessons()) {
                for (Step step : lesson.steps()) {
                    if (!(step instanceof Step.Chat chat)) {
                        continue;
                    }
                    for (ChatNode node : chat.nodes()) {
                        int size = node.choices() == null ? 0 : node.choices().size();
                        if (size < 2 || size > used.length || safeIndex(node) < 0) {
                            continue;
                        }
                        // The least used place; among equals, a later one (fewer points have it), then by chance.
                        int best = -1;
                        for (int place = 0; place < size; place++) {
                            if (best < 0 || used[place] < used[best]
                                    || (used[place] == used[best] && (place >= 2 || tieBreak.nextBoolean()))) {
                                best = place;
                            }
                        }
                        used[best]++;
                        places.put(key(chat, node), best);
                    }
                }
            }
            return places;
        });
    }

    /** The order for this learner in this module. */
    public static ReplyOrder of(ContentModule module, long learnerId) {
        return new ReplyOrder(module, learnerId);
    }

    /** The node's replies in the order to show them on the learner's {@code attempt}-th try (0 first). */
    public List<ChatNode.ChatChoice> order(Step.Chat chat, ChatNode node, int attempt) {
        List<ChatNode.ChatChoice> choices = node.choices();
        if (choices == null || choices.size() < 2) {
            return choices == null ? List.of() : choices;
        }
        int safe = safeIndex(node);
        List<ChatNode.ChatChoice> others = new ArrayList<>(choices);
        ChatNode.ChatChoice anchor = safe >= 0 ? others.remove(safe) : null;
        Collections.shuffle(others, new Random(Objects.hash(learnerId, chat.id(), node.id(), attempt)));
        if (anchor != null) {
            int place = Math.min(safePlaces(attempt).getOrDefault(key(chat, node), 0), choices.size() - 1);
            others.add(place, anchor);
        }
        return List.copyOf(others);
    }

    /** The one safe reply's index as written, or -1 where a point has none or several. */
    static int safeIndex(ChatNode node) {
        int found = -1;
        for (int i = 0; i < node.choices().size(); i++) {
            if (node.choices().get(i).safe()) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static String key(Step.Chat chat, ChatNode node) {
        return chat.id() + "\u0000" + node.id();
    }
}
