package jaga.ui.projector;

import jaga.content.ChatNode;
import jaga.content.ContentModule;
import jaga.content.Lesson;
import jaga.content.LocalizedText;
import jaga.content.Participant;
import jaga.content.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the projector shows now: one step of one lesson, and how far the teacher has taken it
 * (messages shown, votes counted, feedback revealed). A value: the view draws it, and the
 * teacher's notes window draws the same value, so the two never disagree.
 *
 * @param options  the lettered options the class votes on (a chat's replies at a choice, a check's answers); empty otherwise
 * @param votes    the show-of-hands tally per option id, as recorded by the teacher (only in memory)
 * @param revealed whether the feedback (a chat's replies, a check's answer, the red flags) is showing
 * @param thread   a chat's messages so far, with the feedback on each reply the class chose
 * @param ending   how a chat ended, once it has
 */
public record Slide(ContentModule module, int lessonIndex, int stepIndex, Step step, List<Option> options,
                    Map<String, Integer> votes, boolean revealed, List<ThreadItem> thread, ChatNode.ChatEnding ending,
                    boolean canTryAnotherPath, NextAction nextAction, boolean canGoBack) {

    public Slide {
        options = List.copyOf(options);
        votes = Map.copyOf(votes);
        thread = List.copyOf(thread);
    }

    public Lesson lesson() {
        return module.lessons().get(lessonIndex);
    }

    public int lessonCount() {
        return module.lessons().size();
    }

    public int stepCount() {
        return lesson().steps().size();
    }

    public int votesFor(Option option) {
        return votes.getOrDefault(option.id(), 0);
    }

    /** The option with the most votes, if one has more than every other. */
    public Optional<Option> leader() {
        Option best = null;
        int most = 0;
        boolean tie = false;
        for (Option option : options) {
            int count = votesFor(option);
            if (count > most) {
                best = option;
                most = count;
                tie = false;
            } else if (count == most && count > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** True at a chat's choice: the class votes, then the teacher continues down one reply. */
    public boolean atChatChoice() {
        return step instanceof Step.Chat && !options.isEmpty();
    }

    /**
     * Something the class can vote on: a reply in a chat, or an answer to a check.
     *
     * @param textKey    a message key for options whose words come from the screen language (True, False); else null
     * @param right      a safe reply, or a right answer
     */
    public record Option(String id, String letter, LocalizedText text, String textKey, LocalizedText feedback,
                         boolean right) {}

    /** A line of a projected chat: a message, or the feedback on the reply the class chose. */
    public sealed interface ThreadItem {
        record Message(Participant from, LocalizedText text) implements ThreadItem {}

        record Feedback(ChatNode.ChatChoice choice) implements ThreadItem {}
    }

    /** What Next (or a clicker's page-down) does now; the Next button says so. */
    public enum NextAction {
        /** show the chat's next message */
        NEXT_MESSAGE,
        /** show the feedback */
        REVEAL,
        /** continue the chat down the reply with the most votes */
        CONTINUE_WITH_LEADER,
        /** revealed, but no reply has the most votes: the teacher presses the letter the class chose */
        PICK_A_REPLY,
        NEXT_STEP,
        NEXT_LESSON,
        /** the last step of the last lesson, finished */
        END
    }
}
