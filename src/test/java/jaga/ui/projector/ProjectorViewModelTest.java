package jaga.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.content.ChatNode;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.content.Step;
import jaga.testing.Modules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Projector mode on the real bundled modules, without a stage: the teacher's clicks, step by step. */
class ProjectorViewModelTest {
    private static ContentCatalog catalog;
    private ProjectorViewModel projector;

    @BeforeAll
    static void loadContent() {
        catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
    }

    private ContentModule open(String id) {
        projector = new ProjectorViewModel(catalog);
        ContentModule module = catalog.module(id).orElseThrow();
        projector.open(module);
        return module;
    }

    private Slide slide() {
        return projector.slide();
    }

    /** Next until the given step of the given lesson is on screen (chats are walked through on the way). */
    private void goTo(int lesson, int step) {
        for (int guard = 0; guard < 500; guard++) {
            if (slide().lessonIndex() == lesson && slide().stepIndex() == step) {
                return;
            }
            if (slide().nextAction() == Slide.NextAction.PICK_A_REPLY) {
                projector.choose(slide().options().get(0).id());
            } else {
                projector.next();
            }
        }
        throw new AssertionError("never reached lesson " + lesson + " step " + step);
    }

    private static int indexOf(ContentModule module, int lesson, Class<? extends Step> kind) {
        List<Step> steps = module.lessons().get(lesson).steps();
        for (int i = 0; i < steps.size(); i++) {
            if (kind.isInstance(steps.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " in lesson " + lesson);
    }

    @Test
    void theTeacherMayPickALearnerModuleOfAnyBandButNoParentGuide() {
        projector = new ProjectorViewModel(catalog);

        assertThat(projector.modules()).extracting(ContentModule::band)
                .contains(Band.AGES_7_9, Band.AGES_10_12, Band.AGES_13_17).doesNotContain(Band.ADULTS);
        assertThat(projector.modules()).allMatch(ContentModule::forLearners);
        assertThat(projector.slide()).isNull();
    }

    @Test
    void nextWalksEveryStepOfEveryLessonAndBackCrossesIntoThePreviousLesson() {
        ContentModule module = open("grooming-10-12");
        int firstLessonSteps = module.lessons().get(0).steps().size();

        goTo(1, 0);
        assertThat(slide().lessonIndex()).isEqualTo(1);
        assertThat(slide().lesson()).isSameAs(module.lessons().get(1));
        projector.back();

        assertThat(slide().lessonIndex()).isZero();
        assertThat(slide().stepIndex()).isEqualTo(firstLessonSteps - 1);
        assertThat(slide().step()).isInstanceOf(Step.Help.class);
        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.NEXT_LESSON);
    }

    @Test
    void theLastStepOfTheModuleIsTheEndAndNextThenDoesNothing() {
        ContentModule module = open("grooming-7-9");
        int last = module.lessons().size() - 1;
        goTo(last, module.lessons().get(last).steps().size() - 1);

        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.END);
        Slide end = slide();
        projector.next();
        assertThat(slide()).isEqualTo(end);
    }

    @Test
    void aChatShowsItsMessagesOneByOneThenTheClassVotesTheTeacherRevealsAndFollowsTheirReply() {
        ContentModule module = open("grooming-10-12");
        int chatStep = indexOf(module, 0, Step.Chat.class);
        goTo(0, chatStep);
        Step.Chat chat = (Step.Chat) slide().step();
        ChatNode start = chat.nodes().stream().filter(n -> n.id().equals(chat.start())).findFirst().orElseThrow();

        assertThat(slide().thread()).isEmpty();
        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.NEXT_MESSAGE);
        projector.next();
        assertThat(slide().thread()).hasSize(1);
        assertThat(((Slide.ThreadItem.Message) slide().thread().get(0)).text()).isEqualTo(start.messages().get(0).text());
        for (int i = 1; i < start.messages().size(); i++) {
            projector.next();
        }

        // At the choice: lettered options, nothing revealed, the class votes by show of hands.
        assertThat(slide().options()).extracting(Slide.Option::letter).containsExactly("A", "B", "C");
        assertThat(slide().options()).extracting(Slide.Option::id).containsExactly("tell-mum", "say-no", "keep-secret");
        assertThat(slide().revealed()).isFalse();
        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.REVEAL);
        projector.voteFor(1, +1);
        projector.voteFor(1, +1);
        projector.vote("keep-secret", +1);
        projector.voteFor(2, -1); // a slip of the finger: never below zero
        assertThat(slide().votes()).containsEntry("tell-mum", 2).containsEntry("say-no", 0).containsEntry("keep-secret", 1);

        projector.chooseLetter("C"); // no following a reply before the class has seen the feedback
        assertThat(slide().thread()).hasSize(start.messages().size());

        projector.next();
        assertThat(slide().revealed()).isTrue();
        assertThat(slide().options()).extracting(Slide.Option::right).containsExactly(true, true, false); // "I don't want them" is a safe refusal too (review G10-1)
        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.CONTINUE_WITH_LEADER);
        assertThat(slide().leader()).map(Slide.Option::letter).contains("A");

        projector.next(); // continues with A, the most votes
        List<Slide.ThreadItem> thread = slide().thread();
        Slide.ThreadItem.Message reply = (Slide.ThreadItem.Message) thread.get(thread.size() - 2);
        assertThat(reply.from().me()).isTrue();
        assertThat(reply.text()).isEqualTo(start.choices().get(0).text());
        assertThat(((Slide.ThreadItem.Feedback) thread.get(thread.size() - 1)).choice().id()).isEqualTo("tell-mum");
        assertThat(slide().ending()).isNotNull();
        assertThat(slide().ending().outcome()).isEqualTo(ChatNode.Outcome.SAFE);
        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.NEXT_STEP);
        assertThat(slide().canTryAnotherPath()).isTrue();
    }

    @Test
    void tryAnotherPathGoesBackToTheChoiceAndAnotherReplyLeadsToAnotherEnding() {
        ContentModule module = open("grooming-10-12");
        goTo(0, indexOf(module, 0, Step.Chat.class));
        while (slide().nextAction() == Slide.NextAction.NEXT_MESSAGE) {
            projector.next();
        }
        projector.reveal();
        projector.chooseLetter("A");
        assertThat(slide().ending().outcome()).isEqualTo(ChatNode.Outcome.SAFE);
        int shownAtChoice = slide().thread().size() - 2;

        projector.tryAnotherPath();
        assertThat(slide().ending()).isNull();
        assertThat(slide().thread()).hasSize(shownAtChoice);
        assertThat(slide().revealed()).isTrue();
        assertThat(slide().canTryAnotherPath()).isFalse();

        projector.chooseLetter("C"); // "OK, I won't tell": the kind feedback, and the chat goes on
        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.NEXT_MESSAGE);
        while (slide().nextAction() == Slide.NextAction.NEXT_MESSAGE) {
            projector.next();
        }
        assertThat(slide().options()).extracting(Slide.Option::id).containsExactly("stop-tell", "send-number");
        assertThat(slide().votes().values()).containsOnly(0); // a new choice: a new vote
        projector.reveal();
        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.PICK_A_REPLY);
        projector.next(); // with no votes, Next waits for the teacher's letter
        assertThat(slide().ending()).isNull();
        projector.chooseLetter("B");
        assertThat(slide().ending().outcome()).isEqualTo(ChatNode.Outcome.UNSAFE);
        assertThat(slide().ending().explanation().in("en")).contains("not her fault");

        projector.tryAnotherPath(); // the last choice first
        assertThat(slide().options()).extracting(Slide.Option::id).containsExactly("stop-tell", "send-number");
        projector.tryAnotherPath(); // then the one before
        assertThat(slide().options()).extracting(Slide.Option::id).containsExactly("tell-mum", "say-no", "keep-secret");
    }

    @Test
    void aTieLeavesTheChoiceToTheTeacher() {
        ContentModule module = open("grooming-10-12");
        goTo(0, indexOf(module, 0, Step.Chat.class));
        while (slide().nextAction() == Slide.NextAction.NEXT_MESSAGE) {
            projector.next();
        }
        projector.vote("tell-mum", 3);
        projector.vote("say-no", 3);
        projector.reveal();

        assertThat(slide().leader()).isEmpty();
        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.PICK_A_REPLY);
    }

    @Test
    void backInAChatHidesTheLastThingShownThenLeavesTheStep() {
        ContentModule module = open("grooming-10-12");
        int chatStep = indexOf(module, 0, Step.Chat.class);
        goTo(0, chatStep);
        projector.next();
        projector.next();
        assertThat(slide().thread()).hasSize(2);

        projector.back();
        assertThat(slide().thread()).hasSize(1);
        projector.back();
        assertThat(slide().thread()).isEmpty();
        projector.back();
        assertThat(slide().stepIndex()).isEqualTo(chatStep - 1);
    }

    @Test
    void aStepComesBackAsTheClassLeftIt() {
        ContentModule module = open("grooming-10-12");
        int chatStep = indexOf(module, 0, Step.Chat.class);
        goTo(0, chatStep);
        projector.next();
        projector.next();
        projector.voteFor(2, 1);
        List<Slide.ThreadItem> thread = slide().thread();
        projector.back();
        projector.back();
        projector.back(); // the step before the chat
        projector.next(); // back into the chat: as the teacher took it back, from the start
        assertThat(slide().thread()).isEmpty();
        projector.next();
        projector.next();
        assertThat(slide().thread()).isEqualTo(thread);
        assertThat(slide().votes()).containsEntry("say-no", 1); // the votes are the class's: kept
    }

    @Test
    void aCheckShowsLetteredAnswersAndRevealsTheRightOneWithFeedback() {
        ContentModule module = open("grooming-10-12");
        int checkStep = indexOf(module, 0, Step.Check.class);
        goTo(0, checkStep);
        Question.Single question = (Question.Single) ((Step.Check) slide().step()).question();

        assertThat(slide().options()).hasSize(question.choices().size());
        assertThat(slide().options()).extracting(Slide.Option::id)
                .containsExactlyInAnyOrderElementsOf(question.choices().stream().map(jaga.content.Choice::id).toList());
        assertThat(slide().options()).filteredOn(Slide.Option::right).hasSize(1);
        assertThat(slide().revealed()).isFalse();
        projector.voteFor(1, 1);
        assertThat(slide().votesFor(slide().options().get(0))).isEqualTo(1);

        projector.next();
        assertThat(slide().revealed()).isTrue();
        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.NEXT_STEP);
        projector.back();
        assertThat(slide().revealed()).isFalse();
        assertThat(slide().stepIndex()).isEqualTo(checkStep);
    }

    @Test
    void aTrueOrFalseCheckHasTwoOptionsAndTheAnswerIsMarked() {
        ContentModule module = open("grooming-13-17");
        int lesson = 3;
        goTo(lesson, indexOf(module, lesson, Step.Check.class));
        Question.TrueFalse question = (Question.TrueFalse) ((Step.Check) slide().step()).question();

        assertThat(slide().options()).extracting(Slide.Option::textKey).containsExactly("quiz.true", "quiz.false");
        assertThat(slide().options()).extracting(Slide.Option::right).containsExactly(question.answer(), !question.answer());
        assertThat(slide().options().get(0).feedback()).isEqualTo(question.feedbackTrue());
    }

    @Test
    void spotTheFlagsRevealsTheFlagsThenMovesOn() {
        ContentModule module = open("grooming-7-9");
        goTo(0, indexOf(module, 0, Step.SpotTheFlags.class));

        assertThat(slide().nextAction()).isEqualTo(Slide.NextAction.REVEAL);
        assertThat(slide().options()).isEmpty();
        projector.reveal();
        assertThat(slide().revealed()).isTrue();
        projector.next();
        assertThat(slide().step()).isNotInstanceOf(Step.SpotTheFlags.class);
    }

    @Test
    void anOrderingQuestionIsNeverShownInItsAnswerOrder() {
        List<String> items = List.of("stop", "screenshot", "block", "tell");
        for (String seed : List.of("a", "b", "what-first", "order-1", "x")) {
            List<String> mixed = ProjectorViewModel.mixed(items, seed);
            assertThat(mixed).containsExactlyInAnyOrderElementsOf(items).isNotEqualTo(items);
            assertThat(ProjectorViewModel.mixed(items, seed)).isEqualTo(mixed);
        }
    }

    @Test
    void theNotesPanelIsHiddenUntilTheTeacherOpensIt() {
        open("grooming-7-9");
        assertThat(projector.notesOpenProperty().get()).isFalse();
        projector.toggleNotes();
        assertThat(projector.notesOpenProperty().get()).isTrue();
        projector.toggleNotes();
        assertThat(projector.notesOpenProperty().get()).isFalse();
    }

    @Test
    void closingTheModuleGoesBackToChoosingAndOpeningAgainStartsAfresh() {
        ContentModule module = open("grooming-10-12");
        goTo(0, indexOf(module, 0, Step.Chat.class));
        projector.next();
        projector.closeModule();
        assertThat(projector.slide()).isNull();
        assertThat(projector.moduleProperty().get()).isNull();

        projector.open(module);
        goTo(0, indexOf(module, 0, Step.Chat.class));
        assertThat(slide().thread()).isEmpty();
    }
}
