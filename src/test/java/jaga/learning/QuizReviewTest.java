package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.ModuleReader;
import jaga.content.Question;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.Database;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import jaga.testing.RealServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Look at what I missed": the attempt's questions not fully right, read back from the saved answers. */
class QuizReviewTest {
    @TempDir
    Path temp;

    private Database database;
    private LearningService learning;
    private ContentModule module;

    @BeforeEach
    void setUp() {
        Path file = Fixtures.writeFullModule(temp.resolve("content"), "full-module", Fixtures.pretty(Fixtures.fullModule()));
        module = new ModuleReader().read(file, Modules.bundledResources()).module().orElseThrow();
        ContentCatalog catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
        RealServices services = RealServices.open(catalog, temp.resolve("data"));
        database = services.database;
        learning = services.learning;
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void onlyTheWrongAndPartlyRightAnswersComeBackInTheOrderAskedWithTheSavedAnswerAndWhatWasMissed() {
        var aina = learning.addLearner("Aina", "cat", Band.AGES_10_12, Language.EN);
        QuizSession quiz = learning.startQuiz(aina, module);
        for (Question question : quiz.questions()) {
            quiz.answer(question, answerTo(question));
        }
        quiz.finish();

        List<AnsweredQuestion> missed = quiz.notFullyRight();

        List<String> expected = quiz.questions().stream()
                .filter(q -> q instanceof Question.Multiple || q instanceof Question.SpotTheFlags || q instanceof Question.TrueFalse)
                .map(Question::id).toList();
        assertThat(missed).extracting(answered -> answered.question().id()).containsExactlyElementsOf(expected);
        AnsweredQuestion pickAll = missed.stream().filter(a -> a.question() instanceof Question.Multiple).findFirst().orElseThrow();
        assertThat(pickAll.response()).isEqualTo(Response.Choices.of("a"));
        assertThat(pickAll.feedback().partlyCorrect()).isTrue();
        assertThat(pickAll.feedback().missed()).containsExactly("b");
        AnsweredQuestion flags = missed.stream().filter(a -> a.question() instanceof Question.SpotTheFlags).findFirst().orElseThrow();
        assertThat(flags.feedback().wronglyMarked()).containsExactly("m1");
    }

    @Test
    void aQuizAllRightLeavesNothingToLookAt() {
        var aina = learning.addLearner("Aina", "cat", Band.AGES_10_12, Language.EN);
        QuizSession quiz = learning.startQuiz(aina, module);
        for (Question question : quiz.questions()) {
            quiz.answer(question, rightAnswerTo(question));
        }
        assertThat(quiz.notFullyRight()).isEmpty();
    }

    /** Half the pick-all, an innocent message flagged with the red flag, true/false the wrong way; the rest right. */
    private static Response answerTo(Question question) {
        if (question instanceof Question.Multiple) {
            return Response.Choices.of("a");
        }
        if (question instanceof Question.SpotTheFlags) {
            return new Response.Flags(Set.of("m1", "m2"));
        }
        if (question instanceof Question.TrueFalse) {
            return new Response.TrueOrFalse(true);
        }
        return rightAnswerTo(question);
    }

    private static Response rightAnswerTo(Question question) {
        if (question instanceof Question.Single) {
            return Response.Choices.of("a");
        }
        if (question instanceof Question.Multiple) {
            return Response.Choices.of("a", "b");
        }
        if (question instanceof Question.TrueFalse) {
            return new Response.TrueOrFalse(false);
        }
        if (question instanceof Question.Ordering) {
            return new Response.Order(List.of("stop", "screenshot", "tell"));
        }
        if (question instanceof Question.Matching) {
            return new Response.Matches(Map.of("p1", "p1", "p2", "p2"));
        }
        return new Response.Flags(Set.of("m2"));
    }
}
