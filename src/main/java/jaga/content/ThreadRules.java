package jaga.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The validator's rules for the people in a conversation and the red-flag threads: each
 * participant has an id, a name and a known face; each message comes from one of them; a thread
 * to spot red flags in has at least one.
 */
final class ThreadRules {
    private final ModuleProblems problems;
    private final TextRules texts;
    private final PictureRules pictures;

    ThreadRules(ModuleProblems problems, TextRules texts, PictureRules pictures) {
        this.problems = problems;
        this.texts = texts;
        this.pictures = pictures;
    }

    /** The participants' ids (those that have one), after checking each. */
    Set<String> participants(String parent, List<Participant> participants) {
        Set<String> ids = new HashSet<>();
        if (!problems.nonEmpty(parent, "participants", participants)) {
            return ids;
        }
        String listPath = JsonPaths.child(parent, "participants");
        for (int i = 0; i < participants.size(); i++) {
            String path = JsonPaths.index(listPath, i);
            Participant participant = participants.get(i);
            if (problems.notNull(path, participant, "participant")) {
                problems.uniqueId(path, participant.id(), ids, "participant");
                texts.text(path, "name", participant.name());
                pictures.persona(JsonPaths.child(path, "persona"), participant.persona());
            }
        }
        return ids;
    }

    /** A thread of messages to spot red flags in, at least one of them marked as one. */
    void flagMessages(String parent, List<FlagMessage> messages, Set<String> people) {
        if (!problems.nonEmpty(parent, "messages", messages)) {
            return;
        }
        String listPath = JsonPaths.child(parent, "messages");
        Set<String> ids = new HashSet<>();
        int flags = 0;
        for (int i = 0; i < messages.size(); i++) {
            String path = JsonPaths.index(listPath, i);
            FlagMessage message = messages.get(i);
            if (!problems.notNull(path, message, "message")) {
                continue;
            }
            problems.uniqueId(path, message.id(), ids, "message");
            from(path, message.from(), people);
            texts.learnerText(path, "text", message.text());
            texts.learnerText(path, "why", message.why());
            flags += message.flag() ? 1 : 0;
        }
        if (flags == 0) {
            problems.error(listPath, "no message is marked as a red flag (\"flag\": true)");
        }
    }

    /** The message at {@code path} comes from one of the people in its thread. */
    void from(String path, String from, Set<String> people) {
        if (problems.required(path, "from", from) && !people.contains(from)) {
            problems.error(JsonPaths.child(path, "from"), "no participant '" + from + "' in this thread");
        }
    }
}
