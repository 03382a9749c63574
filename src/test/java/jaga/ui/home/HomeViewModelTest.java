package jaga.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Lesson;
import jaga.content.Step;
import jaga.learning.LearningService;
import jaga.learning.ModuleOverview;
import jaga.learning.ModulePath;
import jaga.learning.ModuleState;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.progress.ReviewRepository;
import jaga.testing.Modules;
import jaga.testing.RealServices;
import jaga.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "My lessons" without a stage: the view model on a real SQLite file with the project's own
 * modules, its background work run in line.
 */
class HomeViewModelTest {
    private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), KL);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path temp;

    private Database database;
    private ContentCatalog catalog;
    private LearningService learning;
    private ReviewRepository reviews;
    private Learner aina;
    private final List<ContentModule> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
        RealServices services = RealServices.open(catalog, temp.resolve("data"), CLOCK);
        database = services.database;
        reviews = new ReviewRepository(database);
        learning = services.learning;
        aina = learning.addLearner("Aina", "owl", Band.AGES_10_12, Language.EN);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private HomeViewModel home() {
        HomeViewModel model = new HomeViewModel(learning, Background.direct(), aina, opened::add);
        model.load();
        return model;
    }

    @Test
    void aNewLearnerSeesTheModulesOfTheirAgeNotStartedWithTheFirstRecommended() {
        HomeViewModel model = home();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.modules()).isNotEmpty()
                .allSatisfy(overview -> assertThat(overview.module().band()).isEqualTo(Band.AGES_10_12))
                .allSatisfy(overview -> assertThat(overview.state()).isEqualTo(ModuleState.NOT_STARTED));
        assertThat(model.recommendedProperty().get()).isSameAs(model.modules().get(0));
        assertThat(model.badges()).isEmpty();
        assertThat(model.review()).isEmpty();
        assertThat(model.reviewStartedProperty().get()).as("nothing to review on the first day").isFalse();

        model.open(model.modules().get(1));
        assertThat(opened).containsExactly(model.modules().get(1).module());
    }

    @Test
    void aFinishedLessonShowsOnThePathAndItsModuleIsRecommended() {
        ContentModule second = home().modules().get(1).module();
        Lesson first = second.lessons().get(0);
        learning.lessonFinished(aina, second, first);

        HomeViewModel model = home();
        ModuleOverview started = model.modules().stream().filter(o -> o.module().id().equals(second.id()))
                .findFirst().orElseThrow();
        assertThat(started.state()).isEqualTo(ModuleState.IN_PROGRESS);
        assertThat(model.recommendedProperty().get()).as("a module already started comes first").isSameAs(started);
        List<ModulePath.Stop> stops = model.path(started).stops();
        assertThat(stops.get(0).state()).isEqualTo(ModulePath.State.DONE);
        assertThat(stops.get(stops.size() - 1).quiz()).isTrue();
        assertThat(stops.get(stops.size() - 1).state()).isNotEqualTo(ModulePath.State.DONE);
    }

    @Test
    void aKeyPointDueTodayIsReviewedOnceAndComesBackLater() {
        ContentModule module = home().modules().stream().map(ModuleOverview::module)
                .filter(m -> keyPoints(m) != null).findFirst().orElseThrow();
        Step.KeyPoints points = keyPoints(module);
        reviews.schedule(aina.id(), module.id(), "key:" + points.id() + ":0", ReviewRepository.FIRST_BOX, TODAY);

        HomeViewModel model = home();
        assertThat(model.review()).hasSize(1);
        assertThat(model.review().get(0).text()).isEqualTo(points.points().get(0));
        assertThat(model.reviewStartedProperty().get()).isTrue();

        model.reviewed(model.review().get(0), true);
        assertThat(model.review()).as("the card leaves today's list once saved").isEmpty();
        assertThat(model.reviewStartedProperty().get()).as("the card stays to say all done").isTrue();
        assertThat(reviews.due(aina.id(), TODAY)).as("remembered: due again in two days").isEmpty();
        assertThat(reviews.due(aina.id(), TODAY.plusDays(2))).hasSize(1);
        assertThat(home().review()).isEmpty();
    }

    private static Step.KeyPoints keyPoints(ContentModule module) {
        return module.lessons().stream().flatMap(l -> l.steps().stream())
                .filter(Step.KeyPoints.class::isInstance).map(Step.KeyPoints.class::cast).findFirst().orElse(null);
    }

    @Test
    void lessonsThatCannotBeReadAreAProblemForTheScreenNotAnEmptyPage() {
        database.close(); // the data folder gone from under the app, say

        HomeViewModel model = home();
        assertThat(model.problemProperty().get()).isNotNull();
        assertThat(model.loadedProperty().get()).as("not shown as a learner with no lessons").isFalse();
        assertThat(model.modules()).isEmpty();
    }
}
