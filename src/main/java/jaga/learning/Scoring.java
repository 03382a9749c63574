package jaga.learning;

import jaga.content.Choice;
import jaga.content.FlagMessage;
import jaga.content.LocalizedText;
import jaga.content.Question;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How each question type is marked, from 0 (nothing right) to 1 (all right). Documented for
 * authors in docs/content-format.md; keep the two in step.
 * <ul>
 * <li>single, trueFalse: 1 or 0;</li>
 * <li>multiple: (correct choices picked - wrong choices picked) / correct choices, at least 0;</li>
 * <li>ordering: items in their right place / items;</li>
 * <li>matching: pairs matched rightly / pairs;</li>
 * <li>spotTheFlags: (flags marked - other messages marked) / flags, at least 0.</li>
 * </ul>
 * For the two questions answered by marking items, the feedback also names the right items left
 * unmarked and the wrong ones marked ({@link #marks}), so a partly right answer says what was missed.
 */
public final class Scoring {
    private Scoring() {}

    public static AnswerFeedback mark(Question question, Response response) {
        if (question instanceof Question.Single single) {
            Set<String> picked = choices(response).choiceIds();
            Choice chosen = single.choices().stream().filter(c -> picked.contains(c.id())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no choice picked for " + question.id()));
            return new AnswerFeedback(chosen.correct() && picked.size() == 1 ? 1 : 0, List.of(chosen.feedback()),
                    question.explanation());
        }
        if (question instanceof Question.Multiple multiple) {
            Set<String> picked = choices(response).choiceIds();
            long right = multiple.choices().stream().filter(c -> c.correct() && picked.contains(c.id())).count();
            long wrong = multiple.choices().stream().filter(c -> !c.correct() && picked.contains(c.id())).count();
            long correct = multiple.choices().stream().filter(Choice::correct).count();
            List<LocalizedText> feedback = multiple.choices().stream().filter(c -> picked.contains(c.id()))
                    .map(Choice::feedback).toList();
            Marks marks = marks(question, picked).orElseThrow();
            return new AnswerFeedback(Math.max(0, right - wrong) / (double) correct, feedback, question.explanation(),
                    marks.missed(), marks.wronglyMarked());
        }
        if (question instanceof Question.TrueFalse trueFalse) {
            if (!(response instanceof Response.TrueOrFalse answer)) {
                throw wrongResponse(question, response);
            }
            return new AnswerFeedback(answer.value() == trueFalse.answer() ? 1 : 0,
                    List.of(answer.value() ? trueFalse.feedbackTrue() : trueFalse.feedbackFalse()), question.explanation());
        }
        if (question instanceof Question.Ordering ordering) {
            if (!(response instanceof Response.Order order)) {
                throw wrongResponse(question, response);
            }
            int inPlace = 0;
            for (int i = 0; i < ordering.items().size() && i < order.itemIds().size(); i++) {
                inPlace += ordering.items().get(i).id().equals(order.itemIds().get(i)) ? 1 : 0;
            }
            return outcome(inPlace / (double) ordering.items().size(), ordering.feedback(), question);
        }
        if (question instanceof Question.Matching matching) {
            if (!(response instanceof Response.Matches matches)) {
                throw wrongResponse(question, response);
            }
            long right = matching.pairs().stream()
                    .filter(pair -> pair.id().equals(matches.rightByLeft().get(pair.id()))).count();
            return outcome(right / (double) matching.pairs().size(), matching.feedback(), question);
        }
        Question.SpotTheFlags flags = (Question.SpotTheFlags) question;
        if (!(response instanceof Response.Flags marked)) {
            throw wrongResponse(question, response);
        }
        Set<String> flagIds = flags.messages().stream().filter(FlagMessage::flag).map(FlagMessage::id)
                .collect(Collectors.toSet());
        long found = marked.messageIds().stream().filter(flagIds::contains).count();
        long mistaken = marked.messageIds().size() - found;
        return outcome(Math.max(0, found - mistaken) / (double) flagIds.size(), flags.feedback(), question,
                flagMarks(flags.messages(), marked.messageIds()));
    }

    /** Item ids left unmarked though right ({@code missed}), and marked though wrong ({@code wronglyMarked}). */
    public record Marks(List<String> missed, List<String> wronglyMarked) {
        public Marks {
            missed = List.copyOf(missed);
            wronglyMarked = List.copyOf(wronglyMarked);
        }
    }

    /**
     * For a question answered by marking items (pick-all-that-apply, spot-the-flags): which right
     * items the marks left out and which wrong ones they include, in the question's order; an id
     * the question does not have counts as wrongly marked, after the others. Empty for any other
     * question.
     */
    public static Optional<Marks> marks(Question question, Collection<String> marked) {
        if (question instanceof Question.Multiple multiple) {
            return Optional.of(marks(multiple.choices().stream().map(Choice::id).toList(),
                    multiple.choices().stream().filter(Choice::correct).map(Choice::id).collect(Collectors.toSet()), marked));
        }
        if (question instanceof Question.SpotTheFlags flags) {
            return Optional.of(flagMarks(flags.messages(), marked));
        }
        return Optional.empty();
    }

    /** The same for a red-flag thread, in a quiz question or a lesson's practice step. */
    public static Marks flagMarks(List<FlagMessage> messages, Collection<String> marked) {
        return marks(messages.stream().map(FlagMessage::id).toList(),
                messages.stream().filter(FlagMessage::flag).map(FlagMessage::id).collect(Collectors.toSet()), marked);
    }

    private static Marks marks(List<String> all, Set<String> right, Collection<String> marked) {
        List<String> missed = all.stream().filter(id -> right.contains(id) && !marked.contains(id)).toList();
        List<String> wrong = new ArrayList<>(all.stream().filter(id -> !right.contains(id) && marked.contains(id)).toList());
        new LinkedHashSet<>(marked).stream().filter(id -> !all.contains(id)).forEach(wrong::add);
        return new Marks(missed, wrong);
    }

    private static AnswerFeedback outcome(double credit, Question.OutcomeFeedback feedback, Question question) {
        return outcome(credit, feedback, question, new Marks(List.of(), List.of()));
    }

    private static AnswerFeedback outcome(double credit, Question.OutcomeFeedback feedback, Question question, Marks marks) {
        LocalizedText text = credit >= 1 ? feedback.correct()
                : credit > 0 && feedback.partial() != null ? feedback.partial() : feedback.incorrect();
        List<LocalizedText> lines = new ArrayList<>(List.of(text));
        return new AnswerFeedback(credit, lines, question.explanation(), marks.missed(), marks.wronglyMarked());
    }

    private static Response.Choices choices(Response response) {
        if (response instanceof Response.Choices choices) {
            return choices;
        }
        throw new IllegalArgumentException("expected picked choices, got " + response);
    }

    private static IllegalArgumentException wrongResponse(Question question, Response response) {
        return new IllegalArgumentException(response.getClass().getSimpleName() + " does not answer a "
                + question.getClass().getSimpleName() + " question (" + question.id() + ")");
    }
}
