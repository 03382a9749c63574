package jaga.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.learning.LearningService;
import jaga.learning.Response;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.BadgeRepository;
import jaga.progress.ChatChoiceRepository;
import jaga.progress.DataDirectory;
import jaga.progress.DataTransfer;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.LessonProgressRepository;
import jaga.progress.ModuleAssignmentRepository;
import jaga.progress.ProgressExport;
import jaga.progress.QuizRepository;
import jaga.progress.ReviewRepository;
import jaga.testing.Modules;
import jaga.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz screen's model on a real SQLite file: each answer saved with the time the child took. */
class QuizViewModelTest {
    @TempDir
    Path temp;

    private Database database;
    private LearningService learning;
    private ContentModule module;

    @BeforeEach
    void setUp() {
        Modules.write(temp.resolve("content"), "too-good", Modules.validV1("too-good"));
        ContentCatalog catalog = new ContentLoader().load(List.of(temp.resolve("content")));
        module = catalog.module("too-good").orElseThrow();
        database = Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC());
        learning = new LearningService(catalog, new LearnerRepository(database), new LessonProgressRepository(database),
                new QuizRepository(database), new ChatChoiceRepository(database), new BadgeRepository(database),
                new ReviewRepository(database), new ModuleAssignmentRepository(database), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void eachAnswerIsSavedWithTheTimeFromTheQuestionShownToTheAnswerChecked() {
        var aina = learning.addLearner("Aina", "cat", Band.AGES_7_9, Language.EN);
        AtomicLong now = new AtomicLong(50_000);
        QuizViewModel quiz = new QuizViewModel(learning.startQuiz(aina, module), Background.direct(), () -> { },
                () -> { }, now::get);

        now.addAndGet(4_200); // reading the first question
        quiz.check(Response.Choices.of("a"));
        now.addAndGet(9_000); // reading the feedback does not count towards the next question
        quiz.next();
        now.addAndGet(2_500);
        quiz.check(Response.Choices.of("a"));
        quiz.next();
        assertThat(quiz.resultProperty().get()).isNotNull();

        ProgressExport.AttemptData attempt = new DataTransfer(database).exportLearner(aina.id()).learners().get(0)
                .quizAttempts().get(0);
        assertThat(attempt.answers()).extracting(ProgressExport.AnswerData::questionId,
                ProgressExport.AnswerData::timeTakenMs).containsExactly(
                org.assertj.core.groups.Tuple.tuple("q1", 4_200L), org.assertj.core.groups.Tuple.tuple("q2", 2_500L));
    }
}
