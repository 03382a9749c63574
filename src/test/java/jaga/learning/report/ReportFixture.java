package jaga.learning.report;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.FlagMessage;
import jaga.content.Question;
import jaga.learning.LearningService;
import jaga.learning.QuizSession;
import jaga.learning.Response;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.BadgeRepository;
import jaga.progress.ClassRepository;
import jaga.progress.DashboardRepository;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.testing.Modules;
import jaga.testing.RealServices;
import jaga.testing.TestClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A real progress file in a temp folder with the bundled lessons, and children who take quizzes
 * through the real LearningService: the way reports get their data in the app.
 */
public final class ReportFixture implements AutoCloseable {
    private static ContentCatalog bundled;

    public final Database database;
    public final ContentCatalog catalog;
    public final LearningService learning;
    public final ClassRepository classes;
    public final ReportService reports;
    public final TestClock clock = TestClock.ticking();

    public ReportFixture(Path dataFolder) {
        catalog = bundledCatalog();
        RealServices services = RealServices.open(catalog, dataFolder, clock);
        database = services.database;
        classes = new ClassRepository(database);
        learning = services.learning;
        reports = new ReportService(catalog, services.learners, classes, new DashboardRepository(database), new jaga.progress.AnswerHistory(database),
                new BadgeRepository(database), clock);
    }

    static synchronized ContentCatalog bundledCatalog() {
        if (bundled == null) {
            bundled = new ContentLoader(Modules.bundledResources(), false).load(List.of(Modules.bundledContent()));
        }
        return bundled;
    }

    public Learner child(String name, String band) {
        return learning.addLearner(name, "cat", Band.fromCode(band).orElseThrow(), Language.EN);
    }

    public ContentModule module(String id) {
        return catalog.module(id).orElseThrow();
    }

    /** Takes the module's quiz: the first {@code right} questions asked are answered right, the rest wrong. */
    public QuizSession quiz(Learner learner, String moduleId, int right) {
        QuizSession quiz = learning.startQuiz(learner, module(moduleId));
        List<Question> questions = quiz.questions();
        for (int i = 0; i < questions.size(); i++) {
            quiz.answer(questions.get(i), response(questions.get(i), i < right));
        }
        quiz.finish();
        return quiz;
    }

    /** Finishes every lesson of the module. */
    public void lessons(Learner learner, String moduleId) {
        ContentModule module = module(moduleId);
        module.lessons().forEach(lesson -> learning.lessonFinished(learner, module, lesson));
    }

    /** The right answer, or a wrong one. */
    static Response response(Question question, boolean right) {
        if (question instanceof Question.HasChoices choices) {
            Set<String> ids = choices.choices().stream().filter(c -> c.correct() == right).map(c -> c.id())
                    .limit(right ? Long.MAX_VALUE : 1).collect(Collectors.toSet());
            return new Response.Choices(ids);
        }
        if (question instanceof Question.TrueFalse trueFalse) {
            return new Response.TrueOrFalse(trueFalse.answer() == right);
        }
        if (question instanceof Question.Ordering ordering) {
            List<String> ids = new ArrayList<>(ordering.items().stream().map(Question.Item::id).toList());
            if (!right) {
                Collections.reverse(ids);
            }
            return new Response.Order(ids);
        }
        if (question instanceof Question.Matching matching) {
            List<String> ids = matching.pairs().stream().map(Question.Pair::id).toList();
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                map.put(ids.get(i), ids.get(right ? i : (i + 1) % ids.size()));
            }
            return new Response.Matches(map);
        }
        Question.SpotTheFlags flags = (Question.SpotTheFlags) question;
        return new Response.Flags(flags.messages().stream().filter(m -> m.flag() == right).map(FlagMessage::id)
                .collect(Collectors.toSet()));
    }

    @Override
    public void close() {
        database.close();
    }
}
