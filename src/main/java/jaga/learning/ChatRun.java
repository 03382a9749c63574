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
    private ChatNode current;

    public ChatRun(Step.Chat chat) {
        this.chat = chat;
        chat.nodes().forEach(node -> nodes.put(node.id(), node));
        this.me = chat.participants().stream().filter(Participant::me).findFirst().orElseThrow();
        restart();
    }

    public Step.Chat chat() {
        return chat;
    }

    public void restart() {
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
        return waiting.isEmpty() && current.next() == null && current.choices() != null ? current.choices() : List.of();
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
