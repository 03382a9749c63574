package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jaga.content.ContentModule;
import jaga.content.ModuleReader;
import jaga.content.Question;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partial credit as documented in docs/content-format.md, for every question type. */
class ScoringTest {

    private static List<Question> questions;

    @BeforeAll
    static void readFixture(@TempDir Path temp) {
        Path file = Fixtures.writeFullModule(temp, "full-module", Fixtures.pretty(Fixtures.fullModule()));
        ContentModule module = new ModuleReader().read(file, Modules.bundledResources()).module().orElseThrow();
        questions = module.quiz().questions();
    }

    private static double credit(int question, Response response) {
        return Scoring.mark(questions.get(question), response).credit();
    }

    @Test
    void singleChoiceIsAllOrNothing() {
        assertThat(credit(0, Response.Choices.of("a"))).isEqualTo(1);
        assertThat(credit(0, Response.Choices.of("b"))).isZero();
        assertThat(Scoring.mark(questions.get(0), Response.Choices.of("b")).feedback())
                .extracting(text -> text.in("en")).containsExactly("It may be a trick.");
    }

    @Test
    void multipleChoiceTakesAwayAWrongPickFromTheRightOnes() {
        assertThat(credit(1, Response.Choices.of("a", "b"))).isEqualTo(1);
        assertThat(credit(1, Response.Choices.of("a"))).isEqualTo(0.5);
        assertThat(credit(1, Response.Choices.of("a", "b", "c"))).isEqualTo(0.5);
        assertThat(credit(1, Response.Choices.of("a", "c"))).isZero();
        assertThat(credit(1, Response.Choices.of("c"))).isZero(); // never below zero
    }

    @Test
    void trueFalseGivesTheFeedbackForTheAnswerPicked() {
        AnswerFeedback right = Scoring.mark(questions.get(2), new Response.TrueOrFalse(false));
        AnswerFeedback wrong = Scoring.mark(questions.get(2), new Response.TrueOrFalse(true));
        assertThat(right.credit()).isEqualTo(1);
        assertThat(wrong.credit()).isZero();
        assertThat(wrong.feedback().get(0).in("en")).isEqualTo("Many are tricks.");
    }

    @Test
    void orderingCountsItemsInTheirRightPlace() {
        assertThat(credit(3, new Response.Order(List.of("stop", "screenshot", "tell")))).isEqualTo(1);
        assertThat(credit(3, new Response.Order(List.of("stop", "tell", "screenshot")))).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(credit(3, new Response.Order(List.of("tell", "stop", "screenshot")))).isZero();
        assertThat(Scoring.mark(questions.get(3), new Response.Order(List.of("stop", "tell", "screenshot"))).feedback()
                .get(0).in("en")).isEqualTo("Some are right. Look again.");
    }

    @Test
    void matchingCountsPairsMatchedRightly() {
        assertThat(credit(4, new Response.Matches(Map.of("p1", "p1", "p2", "p2")))).isEqualTo(1);
        assertThat(credit(4, new Response.Matches(Map.of("p1", "p2", "p2", "p1")))).isZero();
        assertThat(credit(4, new Response.Matches(Map.of("p1", "p1")))).isEqualTo(0.5);
    }

    @Test
    void spotTheFlagsTakesAwayAMessageMarkedWrongly() {
        assertThat(credit(5, new Response.Flags(Set.of("m2")))).isEqualTo(1);
        assertThat(credit(5, new Response.Flags(Set.of("m1", "m2")))).isZero();
        assertThat(credit(5, new Response.Flags(Set.of()))).isZero();
    }

    @Test
    void responsesAreSavedAsStableText() {
        assertThat(Response.Choices.of("b", "a").encode()).isEqualTo("a,b");
        assertThat(new Response.Order(List.of("tell", "stop")).encode()).isEqualTo("tell>stop");
        assertThat(new Response.Matches(Map.of("p2", "p1", "p1", "p2")).encode()).isEqualTo("p1=p2;p2=p1");
        assertThat(new Response.TrueOrFalse(true).encode()).isEqualTo("true");
    }

    @Test
    void aPartlyRightPickAllThatApplyNamesTheRightChoicesMissedAndTheWrongOnesPicked() {
        AnswerFeedback partly = Scoring.mark(questions.get(1), Response.Choices.of("a", "c"));
        assertThat(partly.missed()).containsExactly("b");
        assertThat(partly.wronglyMarked()).containsExactly("c");
        AnswerFeedback halfway = Scoring.mark(questions.get(1), Response.Choices.of("a"));
        assertThat(halfway.partlyCorrect()).isTrue();
        assertThat(halfway.missed()).containsExactly("b");
        assertThat(halfway.wronglyMarked()).isEmpty();
        AnswerFeedback right = Scoring.mark(questions.get(1), Response.Choices.of("b", "a"));
        assertThat(right.missed()).isEmpty();
        assertThat(right.wronglyMarked()).isEmpty();
    }

    @Test
    void spotTheFlagsNamesAnInnocentMessageMarkedAndARedFlagLeftOut() {
        AnswerFeedback falseFlag = Scoring.mark(questions.get(5), new Response.Flags(Set.of("m1", "m2")));
        assertThat(falseFlag.wronglyMarked()).containsExactly("m1");
        assertThat(falseFlag.missed()).isEmpty();
        AnswerFeedback none = Scoring.mark(questions.get(5), new Response.Flags(Set.of()));
        assertThat(none.missed()).containsExactly("m2");
        assertThat(none.wronglyMarked()).isEmpty();
        // The lesson's practice threads use the same rule, with no question around them.
        jaga.content.Question.SpotTheFlags flags = (jaga.content.Question.SpotTheFlags) questions.get(5);
        assertThat(Scoring.flagMarks(flags.messages(), Set.of("m1")))
                .isEqualTo(new Scoring.Marks(List.of("m2"), List.of("m1")));
    }

    @Test
    void questionsNotAnsweredByMarkingItemsNameNothing() {
        AnswerFeedback single = Scoring.mark(questions.get(0), Response.Choices.of("b"));
        AnswerFeedback matching = Scoring.mark(questions.get(4), new Response.Matches(Map.of("p1", "p2", "p2", "p1")));
        assertThat(single.missed()).isEmpty();
        assertThat(matching.missed()).isEmpty();
        assertThat(Scoring.marks(questions.get(3), Set.of("stop"))).isEmpty();
    }

    @Test
    void aSavedAnswerReadsBackAsTheSameResponseForEveryType() {
        List<Response> answers = List.of(Response.Choices.of("a"), Response.Choices.of("a", "c"),
                new Response.TrueOrFalse(false), new Response.Order(List.of("tell", "stop", "screenshot")),
                new Response.Matches(Map.of("p1", "p2", "p2", "p1")), new Response.Flags(Set.of("m1", "m2")));
        for (int i = 0; i < answers.size(); i++) {
            Response answer = answers.get(i);
            assertThat(Response.decode(questions.get(i), answer.encode())).as(questions.get(i).id()).isEqualTo(answer);
        }
        assertThat(Response.decode(questions.get(5), "")).isEqualTo(new Response.Flags(Set.of()));
        assertThat(Response.decode(questions.get(4), "")).isEqualTo(new Response.Matches(Map.of()));
    }
}
