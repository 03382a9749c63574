package jaga.ui.projector;

import jaga.content.Audience;
import jaga.content.ChatNode;
import jaga.content.ContentCatalog;
import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.content.Step;
import jaga.learning.ChatRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Classroom projector mode: the teacher picks any learner module and steps the whole room
 * through its lessons. Chats advance a message at a time; at a choice the class votes by show
 * of hands (the teacher may count), the teacher reveals the feedback on every reply, then
 * continues down the reply the class chose. Nothing is recorded: there is no learner here and
 * no progress store, only this screen's memory.
 */
public final class ProjectorViewModel {
    private static final String LETTERS = "ABCDEFGHI";

    private final ContentCatalog catalog;
    private final List<ContentModule> modules;
    private final ReadOnlyObjectWrapper<ContentModule> module = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Slide> slide = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty notesOpen = new SimpleBooleanProperty(false);
    /** Each step's state, so Back and Next return to a step as the class left it. */
    private final Map<String, StepState> states = new HashMap<>();
    private int lesson;
    private int step;

    public ProjectorViewModel(ContentCatalog catalog) {
        this.catalog = catalog;
        this.modules = catalog.modules().stream()
                .filter(m -> m.audience() == Audience.LEARNER && m.lessons() != null && !m.lessons().isEmpty())
                .sorted(Comparator.comparing(ContentModule::topic).thenComparing(ContentModule::band)
                        .thenComparing(ContentModule::id))
                .toList();
    }

    public ContentCatalog catalog() {
        return catalog;
    }

    /** Every learner module, whatever its age band: the teacher chooses for the class. */
    public List<ContentModule> modules() {
        return modules;
    }

    public ReadOnlyObjectProperty<ContentModule> moduleProperty() {
        return module.getReadOnlyProperty();
    }

    /** The step on screen, or null while the teacher is choosing a module. */
    public ReadOnlyObjectProperty<Slide> slideProperty() {
        return slide.getReadOnlyProperty();
    }

    public Slide slide() {
        return slide.get();
    }

    /** The teacher's notes beside the slide: hidden unless the teacher opens them. */
    public BooleanProperty notesOpenProperty() {
        return notesOpen;
    }

    public void toggleNotes() {
        notesOpen.set(!notesOpen.get());
    }

    /** Starts the module at its first step, with nothing revealed and no votes. */
    public void open(ContentModule chosen) {
        states.clear();
        lesson = 0;
        step = 0;
        module.set(chosen);
        refresh();
    }

    /** Back to choosing a module. */
    public void closeModule() {
        states.clear();
        module.set(null);
        slide.set(null);
    }

    // ---- stepping ------------------------------------------------------------------------------

    /** One step forward: the next message, the reveal, the class's reply, or the next step. */
    public void next() {
        Slide now = slide.get();
        if (now == null) {
            return;
        }
        StepState state = state();
        switch (now.nextAction()) {
            case NEXT_MESSAGE -> state.actions.add(Action.MESSAGE);
            case REVEAL -> {
                if (now.step() instanceof Step.Chat) {
                    state.actions.add(Action.REVEAL);
                } else {
                    state.revealed = true;
                }
            }
            case CONTINUE_WITH_LEADER -> state.actions.add(Action.choose(now.leader().orElseThrow().id()));
            case NEXT_STEP -> step++;
            case NEXT_LESSON -> {
                lesson++;
                step = 0;
            }
            case PICK_A_REPLY, END -> {
                return;
            }
        }
        refresh();
    }

    /** One step back: the last thing shown is hidden again, or the previous step comes back as it was left. */
    public void back() {
        StepState state = state();
        if (current() instanceof Step.Chat) {
            if (!state.actions.isEmpty()) {
                state.actions.remove(state.actions.size() - 1);
                refresh();
                return;
            }
        } else if (state.revealed) {
            state.revealed = false;
            refresh();
            return;
        }
        if (step > 0) {
            step--;
        } else if (lesson > 0) {
            lesson--;
            step = module.get().lessons().get(lesson).steps().size() - 1;
        } else {
            return;
        }
        refresh();
    }

    /** Shows the feedback now (a chat's replies once every message is in, a check's answer, the red flags). */
    public void reveal() {
        Slide now = slide.get();
        if (now != null && now.nextAction() == Slide.NextAction.REVEAL) {
            next();
        }
    }

    /** Counts hands for an option (a negative change takes a vote away; never below zero). */
    public void vote(String optionId, int change) {
        Slide now = slide.get();
        if (now == null || now.options().stream().noneMatch(o -> o.id().equals(optionId))) {
            return;
        }
        Map<String, Integer> votes = state().votes;
        votes.put(optionId, Math.max(0, votes.getOrDefault(optionId, 0) + change));
        refresh();
    }

    /** The tally key for the n-th option (from 1), as number keys count it. */
    public void voteFor(int number, int change) {
        Slide now = slide.get();
        if (now != null && number >= 1 && number <= now.options().size()) {
            vote(now.options().get(number - 1).id(), change);
        }
    }

    /** Continues the chat down the reply the class chose, once the feedback has been revealed. */
    public void choose(String optionId) {
        Slide now = slide.get();
        if (now == null || !now.atChatChoice() || !now.revealed()
                || now.options().stream().noneMatch(o -> o.id().equals(optionId))) {
            return;
        }
        state().actions.add(Action.choose(optionId));
        refresh();
    }

    /** The option lettered so (A, B, C...), for the letter keys. */
    public void chooseLetter(String letter) {
        Slide now = slide.get();
        if (now != null) {
            now.options().stream().filter(o -> o.letter().equalsIgnoreCase(letter)).findFirst()
                    .ifPresent(o -> choose(o.id()));
        }
    }

    /** Back to the last choice in the chat, feedback still showing, to follow another reply. */
    public void tryAnotherPath() {
        StepState state = state();
        for (int i = state.actions.size() - 1; i >= 0; i--) {
            if (state.actions.get(i).kind() == Action.Kind.CHOOSE) {
                state.actions.subList(i, state.actions.size()).clear();
                refresh();
                return;
            }
        }
    }

    // ---- the slide -----------------------------------------------------------------------------

    private Step current() {
        return module.get().lessons().get(lesson).steps().get(step);
    }

    private StepState state() {
        return states.computeIfAbsent(lesson + "/" + step, key -> new StepState());
    }

    private void refresh() {
        ContentModule shown = module.get();
        if (shown == null) {
            slide.set(null);
            return;
        }
        Step current = current();
        StepState state = state();
        boolean lastStep = step == shown.lessons().get(lesson).steps().size() - 1;
        boolean lastLesson = lesson == shown.lessons().size() - 1;
        Slide.NextAction onwards = lastStep ? (lastLesson ? Slide.NextAction.END : Slide.NextAction.NEXT_LESSON)
                : Slide.NextAction.NEXT_STEP;
        boolean canGoBack = lesson > 0 || step > 0;
        Map<String, Integer> votes = state.votes;
        if (current instanceof Step.Chat chat) {
            slide.set(chatSlide(shown, chat, state, onwards, canGoBack));
            return;
        }
        List<Slide.Option> options = current instanceof Step.Check check ? options(check.question()) : List.of();
        boolean hasAnswer = current instanceof Step.Check || current instanceof Step.SpotTheFlags;
        Slide.NextAction next = hasAnswer && !state.revealed ? Slide.NextAction.REVEAL : onwards;
        slide.set(new Slide(shown, lesson, step, current, options, votes, state.revealed, List.of(), null, false, next,
                canGoBack || state.revealed));
    }

    /** Replays the teacher's actions on a fresh run of the chat: the state is always the actions' result. */
    private Slide chatSlide(ContentModule shown, Step.Chat chat, StepState state, Slide.NextAction onwards,
                            boolean canGoBack) {
        ChatRun run = new ChatRun(chat);
        List<Slide.ThreadItem> thread = new ArrayList<>();
        for (Action action : state.actions) {
            if (action.kind() == Action.Kind.MESSAGE) {
                run.revealNext().ifPresent(line -> thread.add(new Slide.ThreadItem.Message(line.from(), line.text())));
            } else if (action.kind() == Action.Kind.CHOOSE) {
                ChatNode.ChatChoice choice = run.choose(action.choiceId);
                List<ChatRun.Line> lines = run.shown();
                ChatRun.Line reply = lines.get(lines.size() - 1);
                thread.add(new Slide.ThreadItem.Message(reply.from(), reply.text()));
                thread.add(new Slide.ThreadItem.Feedback(choice));
            }
        }
        boolean revealed = !state.actions.isEmpty() && state.actions.get(state.actions.size() - 1).kind() == Action.Kind.REVEAL;
        List<Slide.Option> options = new ArrayList<>();
        List<ChatNode.ChatChoice> choices = run.choices();
        for (int i = 0; i < choices.size(); i++) {
            ChatNode.ChatChoice choice = choices.get(i);
            options.add(new Slide.Option(choice.id(), letter(i), choice.text(), null, choice.feedback(), choice.safe()));
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        options.forEach(o -> votes.put(o.id(), state.votes.getOrDefault(o.id(), 0)));
        ChatNode.ChatEnding ending = run.ending().orElse(null);
        Slide.NextAction next;
        if (run.hasWaitingMessage()) {
            next = Slide.NextAction.NEXT_MESSAGE;
        } else if (!options.isEmpty() && !revealed) {
            next = Slide.NextAction.REVEAL;
        } else if (!options.isEmpty()) {
            Slide probe = new Slide(shown, lesson, step, chat, options, votes, true, thread, null, false,
                    Slide.NextAction.PICK_A_REPLY, true);
            next = probe.leader().isPresent() ? Slide.NextAction.CONTINUE_WITH_LEADER : Slide.NextAction.PICK_A_REPLY;
        } else {
            next = onwards;
        }
        return new Slide(shown, lesson, step, chat, options, votes, revealed, thread, ending,
                !run.choicesMade().isEmpty(), next, canGoBack || !state.actions.isEmpty());
    }

    /** A check's answers as lettered options, mixed the same way every time unless the author fixed the order. */
    static List<Slide.Option> options(Question question) {
        List<Slide.Option> options = new ArrayList<>();
        if (question instanceof Question.HasChoices choices) {
            List<jaga.content.Choice> listed = new ArrayList<>(choices.choices());
            if (!Boolean.FALSE.equals(choices.shuffle())) {
                listed = mixed(listed, question.id());
            }
            for (int i = 0; i < listed.size(); i++) {
                jaga.content.Choice choice = listed.get(i);
                options.add(new Slide.Option(choice.id(), letter(i), choice.text(), null, choice.feedback(), choice.correct()));
            }
        } else if (question instanceof Question.TrueFalse trueFalse) {
            boolean answer = Boolean.TRUE.equals(trueFalse.answer());
            options.add(new Slide.Option("true", letter(0), null, "quiz.true", trueFalse.feedbackTrue(), answer));
            options.add(new Slide.Option("false", letter(1), null, "quiz.false", trueFalse.feedbackFalse(), !answer));
        }
        return options;
    }

    /**
     * The items in an order fixed by the seed and never the one written (which, for ordering
     * questions, is the answer), so the projector and the notes window agree on it.
     */
    static <T> List<T> mixed(List<T> items, String seed) {
        List<T> mixed = new ArrayList<>(items);
        Collections.shuffle(mixed, new Random(seed.hashCode()));
        if (mixed.equals(items) && items.size() > 1) {
            Collections.rotate(mixed, 1);
        }
        return mixed;
    }

    static String letter(int index) {
        return String.valueOf(LETTERS.charAt(index));
    }

    /** What the teacher did in a step: in a chat, the list of actions; elsewhere, whether it was revealed. */
    private static final class StepState {
        final List<Action> actions = new ArrayList<>();
        final Map<String, Integer> votes = new LinkedHashMap<>();
        boolean revealed;
    }

    /** In a chat: a message shown, the feedback revealed, or the class's reply. */
    private record Action(Kind kind, String choiceId) {
        enum Kind { MESSAGE, REVEAL, CHOOSE }

        static final Action MESSAGE = new Action(Kind.MESSAGE, null);
        static final Action REVEAL = new Action(Kind.REVEAL, null);

        static Action choose(String choiceId) {
            return new Action(Kind.CHOOSE, choiceId);
        }
    }
}
