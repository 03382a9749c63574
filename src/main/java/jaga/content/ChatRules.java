package jaga.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validator's rules for a simulated chat: one participant is the learner, node ids are
 * unique, each node goes on in exactly one way (choices, next or an ending) to a node that exists,
 * and every node can be reached from the start and can reach an ending.
 */
final class ChatRules {
    private final ModuleProblems problems;
    private final TextRules texts;
    private final PictureRules pictures;
    private final ThreadRules threads;

    ChatRules(ModuleProblems problems, TextRules texts, PictureRules pictures, ThreadRules threads) {
        this.problems = problems;
        this.texts = texts;
        this.pictures = pictures;
        this.threads = threads;
    }

    void chat(String path, Step.Chat chat) {
        texts.optionalText(path, "intro", chat.intro());
        texts.optionalText(path, "place", chat.place());
        pictures.skin(path, chat);
        Set<String> people = threads.participants(path, chat.participants());
        boolean hasMe = chat.participants() != null && chat.participants().stream().anyMatch(p -> p != null && p.me());
        if (chat.participants() != null && !hasMe) {
            problems.error(JsonPaths.child(path, "participants"), "one participant must be the learner (\"me\": true)");
        }
        if (!problems.nonEmpty(path, "nodes", chat.nodes())) {
            return;
        }
        String nodesPath = JsonPaths.child(path, "nodes");
        Map<String, ChatNode> nodes = new HashMap<>();
        Map<String, String> nodePaths = new HashMap<>();
        for (int i = 0; i < chat.nodes().size(); i++) {
            String nodePath = JsonPaths.index(nodesPath, i);
            ChatNode node = chat.nodes().get(i);
            if (problems.notNull(nodePath, node, "chat node") && problems.required(nodePath, "id", node.id())) {
                problems.checkId(nodePath, "id", node.id());
                if (nodes.putIfAbsent(node.id(), node) != null) {
                    problems.error(JsonPaths.child(nodePath, "id"), "duplicate chat node id '" + node.id() + "'");
                } else {
                    nodePaths.put(node.id(), nodePath);
                }
            }
        }
        for (Map.Entry<String, ChatNode> entry : nodes.entrySet()) {
            node(nodePaths.get(entry.getKey()), entry.getValue(), nodes.keySet(), people);
        }
        // Found by fuzzing: with no start, the path check below had nothing to start from.
        if (!problems.required(path, "start", chat.start())) {
            return;
        }
        if (!nodes.containsKey(chat.start())) {
            problems.error(JsonPaths.child(path, "start"), "the chat starts at '" + chat.start()
                    + "', but there is no node with that id");
            return;
        }
        paths(chat.start(), nodes, nodePaths);
    }

    private void node(String path, ChatNode node, Set<String> nodeIds, Set<String> people) {
        String messagesPath = JsonPaths.child(path, "messages");
        for (int i = 0; i < node.messages().size(); i++) {
            String messagePath = JsonPaths.index(messagesPath, i);
            ChatNode.ChatMessage message = node.messages().get(i);
            if (problems.notNull(messagePath, message, "message")) {
                threads.from(messagePath, message.from(), people);
                texts.learnerText(messagePath, "text", message.text());
            }
        }
        int endings = (node.choices() != null ? 1 : 0) + (node.next() != null ? 1 : 0) + (node.ending() != null ? 1 : 0);
        if (endings != 1) {
            problems.error(path, "a chat node needs exactly one of 'choices', 'next' or 'ending'"
                    + (endings == 0 ? "" : ", not " + endings));
        }
        if (node.next() != null && !nodeIds.contains(node.next())) {
            problems.error(JsonPaths.child(path, "next"), "no chat node '" + node.next() + "' to go on to");
        }
        if (node.choices() != null && problems.nonEmpty(path, "choices", node.choices())) {
            choices(path, node.choices(), nodeIds);
        }
        if (node.ending() != null) {
            String endingPath = JsonPaths.child(path, "ending");
            problems.required(endingPath, "outcome", node.ending().outcome());
            texts.optionalText(endingPath, "title", node.ending().title());
            texts.learnerText(endingPath, "explanation", node.ending().explanation());
        }
    }

    private void choices(String path, List<ChatNode.ChatChoice> choices, Set<String> nodeIds) {
        String choicesPath = JsonPaths.child(path, "choices");
        Set<String> choiceIds = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            String choicePath = JsonPaths.index(choicesPath, i);
            ChatNode.ChatChoice choice = choices.get(i);
            if (!problems.notNull(choicePath, choice, "choice")) {
                continue;
            }
            problems.uniqueId(choicePath, choice.id(), choiceIds, "choice");
            texts.learnerText(choicePath, "text", choice.text());
            texts.learnerText(choicePath, "feedback", choice.feedback());
            if (problems.required(choicePath, "next", choice.next()) && !nodeIds.contains(choice.next())) {
                problems.error(JsonPaths.child(choicePath, "next"), "no chat node '" + choice.next() + "' to go on to");
            }
        }
    }

    /**
     * Every node reachable from the start, and from every node some ending reachable. Both are one
     * walk over the nodes and replies (forwards from the start, backwards from the endings), so a
     * chat of 40,000 nodes is checked as quickly as it is read. (The backwards check used to go
     * round the whole chat once per node it added: a 1.2 MB pack took minutes.)
     */
    private void paths(String start, Map<String, ChatNode> nodes, Map<String, String> nodePaths) {
        Set<String> reached = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(start));
        while (!toVisit.isEmpty()) {
            String id = toVisit.pop();
            if (nodes.containsKey(id) && reached.add(id)) {
                toVisit.addAll(successors(nodes.get(id)));
            }
        }
        Map<String, List<String>> predecessors = new HashMap<>();
        Deque<String> finishing = new ArrayDeque<>();
        for (ChatNode node : nodes.values()) {
            for (String next : successors(node)) {
                predecessors.computeIfAbsent(next, id -> new ArrayList<>()).add(node.id());
            }
            if (node.ending() != null) {
                finishing.add(node.id());
            }
        }
        Set<String> canFinish = new HashSet<>(finishing);
        while (!finishing.isEmpty()) {
            for (String before : predecessors.getOrDefault(finishing.pop(), List.of())) {
                if (canFinish.add(before)) {
                    finishing.add(before);
                }
            }
        }
        for (String id : nodes.keySet().stream().sorted().toList()) {
            if (!reached.contains(id)) {
                problems.error(nodePaths.get(id), "chat node '" + id + "' cannot be reached from the start");
            } else if (!canFinish.contains(id)) {
                problems.error(nodePaths.get(id), "from chat node '" + id
                        + "' the chat never reaches an ending (a loop with no way out?)");
            }
        }
    }

    private static List<String> successors(ChatNode node) {
        List<String> next = new ArrayList<>();
        if (node.next() != null) {
            next.add(node.next());
        }
        if (node.choices() != null) {
            node.choices().stream().filter(c -> c != null && c.next() != null).forEach(c -> next.add(c.next()));
        }
        return next;
    }
}
