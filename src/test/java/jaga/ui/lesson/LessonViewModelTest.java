package jaga.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Step;
import jaga.learning.LearningService;
import jaga.learning.LessonPosition;
import jaga.learning.Response;
import jaga.learning.StepWork;
import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.testing.Modules;
import jaga.testing.RealServices;
import jaga.ui.common.Background;
import jaga.ui.common.I18n;
import jaga.ui.common.Problems;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lesson screen's model on a real SQLite file, run in line (the synchronous executor, no
 * stage): the child's place saved at every step and found again, lessons saved as done, practice
 * work kept, a waiting quiz taken up, and a save that fails told in the child's language.
 */
class LessonViewModelTest {
    /** A second lesson, so moving between lessons is seen. */
    private static final String SECOND_LESSON = """
            {
              "id": "ask-first",
              "title": {"en": "Ask first", "ms": "Tanya dahulu"},
              "steps": [
                {"id": "who", "type": "text", "text": {"en": "Who can you ask?", "ms": "Siapa boleh kamu tanya?"}},
                {"id": "done", "type": "text", "text": {"en": "Well done.", "ms": "Syabas."}}
              ]
            }""";

    @TempDir
    Path temp;

    private Database database;
    private LearningService learning;
    private ContentModule module;
    private int finished;
    private int exited;

    @BeforeEach
    void setUp() {
        String json = Modules.validV1("two-lessons").replaceFirst("\\]\\s*,\\s*\"quiz\"",
                java.util.regex.Matcher.quoteReplacement(", " + SECOND_LESSON + "], \"quiz\""));
        Modules.write(temp.resolve("content"), "two-lessons", json);
        ContentCatalog catalog = new ContentLoader().load(List.of(temp.resolve("content")));
        module = catalog.module("two-lessons").orElseThrow();
        database = open();
        learning = RealServices.on(catalog, database).learning;
    }

    private Database open() {
        return Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private LessonViewModel lesson(Learner learner) {
        LessonViewModel model = new LessonViewModel(module, learner, learning, Background.direct(), () -> finished++,
                () -> exited++);
        model.load();
        return model;
    }

    @Test
    void theChildsPlaceIsSavedAtEveryStepAndFoundAgainNextTime() {
        assertThat(module.lessons()).hasSize(2);
        Learner aina = learning.addLearner("Aina", "cat", Band.AGES_7_9, Language.EN);
        LessonViewModel first = lesson(aina);
        assertThat(first.loadedProperty().get()).isTrue();
        assertThat(first.positionProperty().get()).isEqualTo(LessonPosition.START);
        assertThat(first.atFirstStep().get()).isTrue();

        first.next();
        first.next(); // into the second lesson
        assertThat(first.positionProperty().get()).isEqualTo(new LessonPosition(1, 0));
        assertThat(first.lessonBinding().get().id()).isEqualTo("ask-first");
        assertThat(first.stepCount().get()).containsExactly(1, 2);

        LessonViewModel nextDay = lesson(aina);
        assertThat(nextDay.positionProperty().get()).isEqualTo(new LessonPosition(1, 0));
        nextDay.back();
        assertThat(nextDay.positionProperty().get()).as("back to the first lesson's last step")
                .isEqualTo(new LessonPosition(0, 1));
        assertThat(learning.finishedLessons(aina).get("two-lessons")).containsExactly("free-coins");
    }

    @Test
    void theLastStepSavesEveryLessonDoneOnceAndGoesOnToTheQuiz() {
        Learner ben = learning.addLearner("Ben", "owl", Band.AGES_7_9, Language.EN);
        LessonViewModel model = lesson(ben);
        model.next();
        model.finishLesson(); // the "lesson done" moment shows
        model.next();
        model.next();
        assertThat(model.atLastStep().get()).isTrue();
        assertThat(finished).isZero();

        model.next();

        assertThat(finished).isEqualTo(1);
        assertThat(learning.finishedLessons(ben).get("two-lessons")).isEqualTo(Set.of("free-coins", "ask-first"));
        model.exit();
        assertThat(exited).isEqualTo(1);
    }

    @Test
    void practiceWorkIsKeptForTheStepAndAChangeOnlyIsSavedAgain() {
        Learner chitra = learning.addLearner("Chitra", "fox", Band.AGES_7_9, Language.MS);
        Step step = module.lessons().get(0).steps().get(1);
        StepWork work = new StepWork(module.version(), 1, true, List.of(Response.Choices.of("a").encode()));
        lesson(chitra).memory().save(step, work);

        LessonViewModel again = lesson(chitra);

        assertThat(again.memory().saved(step)).contains(work);
        assertThat(again.memory().saved(module.lessons().get(0).steps().get(0))).isEmpty();
    }

    @Test
    void aQuizLeftWithAnswersInItIsTakenUpInsteadOfTheLessons() {
        Learner dina = learning.addLearner("Dina", "owl", Band.AGES_7_9, Language.EN);
        LessonViewModel model = lesson(dina);
        for (int i = 0; i < 4; i++) {
            model.next();
        }
        var quiz = learning.startQuiz(dina, module);
        quiz.answer(module.quiz().questions().get(0), Response.Choices.of("a"));
        finished = 0;

        LessonViewModel later = lesson(dina);

        assertThat(finished).as("straight on to the quiz").isEqualTo(1);
        assertThat(later.loadedProperty().get()).isFalse();
    }

    @Test
    void aSaveThatFailsIsToldToAMalayLearnerInMalayAndTheLessonGoesOn() {
        Learner ejat = learning.addLearner("Ejat", "cat", Band.AGES_7_9, Language.MS);
        LessonViewModel model = lesson(ejat);
        assertThat(model.problemProperty().get()).isNull();
        database.close(); // the progress file went away under the lesson

        model.next();

        assertThat(model.positionProperty().get()).as("the child still moves on").isEqualTo(new LessonPosition(0, 1));
        Throwable problem = model.problemProperty().get();
        assertThat(problem).isNotNull();
        I18n malay = new I18n();
        malay.setLanguage("ms");
        String inMalay = Problems.text(problem, malay);
        assertThat(inMalay).as("Malay, never English or a path")
                .isNotEqualTo(Problems.text(problem, new I18n()))
                .doesNotContain(temp.toString(), "jaga.db", "SQL", "Exception", "progress file");

        database = open();
        learning = RealServices.on(learning.catalog(), database).learning;
    }
}
