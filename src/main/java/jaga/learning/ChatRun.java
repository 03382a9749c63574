package jaga.learning;

import jaga.content.ChatNode;
import jaga.content.LocalizedText;
import jaga.content.Participant;
import jaga.content.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One play-through of a simulated chat: messages appear one at a time, the learner picks
 * replies, and the chat goes on along the branch chosen until an ending. The screen decides the
 * pace; this decides what comes next.
 */
public final class ChatRun {

    /** A message on screen, from a participant (the learner's own replies have {@code me} set). */
    public record Line(Participant from, LocalizedText text) {}

    private final Step.Chat chat;
    private final Map<String, ChatNode> nodes = new HashMap<>();
    private final Participant me;
    private final List<Line> shown = new ArrayList<>();
    private final Deque<Line> waiting = new ArrayDeque<>();
    private final List<ChatNode.ChatChoice> choicesMade = new ArrayList<>();
    private final ReplyOrder order;
    private ChatNode current;
    private int attempt;

    /** Replies in the order written (the projector, where a class discusses them together). */
    public ChatRun(Step.Chat chat) {
        this(chat, null, 0);
    }

    /**
     * @param order   the learner's order of replies, or null for the order written
     * @param attempt which try this is (0 the first), as saved; "try again" counts on from it
     */
    public ChatRun(Step.Chat chat, ReplyOrder order, int attempt) {
        this.chat = chat;
        this.order = order;
        chat.nodes().forEach(node -> nodes.put(node.id(), node));
        this.me = chat.participants().stream().filter(Participant::me).findFirst().orElseThrow();
        begin();
        this.attempt = attempt;
    }

    public Step.Chat chat() {
        return chat;
    }

    /** Starts the chat over as the next try (the replies may come in another order). */
    public void restart() {
        attempt++;
        begin();
    }

    /** Which try this is, 0 the first. */
    public int attempt() {
        return attempt;
    }

    private void begin() {
        shown.clear();
        waiting.clear();
        choicesMade.clear();
        enter(chat.start());
    }

    private void enter(String nodeId) {
        current = nodes.get(nodeId);
        for (ChatNode.ChatMessage message : current.messages()) {
            Participant from = chat.participants().stream().filter(p -> p.id().equals(message.from())).findFirst().orElseThrow();
            waiting.add(new Line(from, message.text()));
        }
    }

    /** True while a message is still to appear (the screen shows "typing..." meanwhile). */
    public boolean hasWaitingMessage() {
        return !waiting.isEmpty() || (current.next() != null);
    }

    /** Shows the next message, following {@code next} links between nodes. */
    public Optional<Line> revealNext() {
        while (waiting.isEmpty() && current.next() != null) {
            enter(current.next());
        }
        Line line = waiting.poll();
        if (line != null) {
            shown.add(line);
        }
        return Optional.ofNullable(line);
    }

    public List<Line> shown() {
        return List.copyOf(shown);
    }

    /** The replies to pick from, once every message before them has appeared. */
    public List<ChatNode.ChatChoice> choices() {
        if (!waiting.isEmpty() || current.next() != null || current.choices() == null) {
            return List.of();
        }
        return order == null ? current.choices() : order.order(chat, current, attempt);
    }

    /** The learner's reply appears as their own message, and the chat goes on down that branch. */
    public ChatNode.ChatChoice choose(String choiceId) {
        ChatNode.ChatChoice choice = choices().stream().filter(c -> c.id().equals(choiceId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reply '" + choiceId + "' to pick now"));
        shown.add(new Line(me, choice.text()));
        choicesMade.add(choice);
        enter(choice.next());
        return choice;
    }

    public List<ChatNode.ChatChoice> choicesMade() {
        return List.copyOf(choicesMade);
    }

    /** How the chat ended, once every message has appeared. */
    public Optional<ChatNode.ChatEnding> ending() {
        return waiting.isEmpty() && current.next() == null ? Optional.ofNullable(current.ending()) : Optional.empty();
    }
}
