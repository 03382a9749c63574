package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Lesson;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.progress.ReviewRepository;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import jaga.testing.RealServices;
import jaga.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key points come back for review: tomorrow first, then less often when remembered. */
class DailyReviewTest {

    @TempDir
    Path temp;

    private final TestClock clock = TestClock.standing();
    private Database database;
    private LearningService learning;
    private ContentModule module;
    private Learner siti;

    @BeforeEach
    void setUp() {
        Fixtures.writeFullModule(temp.resolve("content"), "full-module", Fixtures.pretty(Fixtures.fullModule()));
        ContentCatalog catalog = new ContentLoader(Modules.bundledResources()).load(List.of(temp.resolve("content")));
        module = catalog.module("full-module").orElseThrow();
        RealServices services = RealServices.open(catalog, temp.resolve("data"), clock);
        database = services.database;
        learning = services.learning;
        siti = learning.addLearner("Siti", "cat", Band.AGES_10_12, Language.MS);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private void days(int count) {
        clock.advance(Duration.ofDays(count));
    }

    @Test
    void aFinishedLessonsKeyPointsAreDueTomorrow() {
        Lesson lesson = module.lessons().get(0);
        learning.lessonFinished(siti, module, lesson);

        assertThat(learning.dailyReview(siti, 3)).isEmpty();
        days(1);
        List<ReviewCard> cards = learning.dailyReview(siti, 3);
        assertThat(cards).extracting(card -> card.text().in("en"))
                .containsExactly("Never share your password.", "Free things can be tricks.", "Ask an adult first.");
        assertThat(cards).allMatch(card -> card.box() == ReviewRepository.FIRST_BOX);
    }

    @Test
    void rememberedComesBackLaterAndForgottenComesBackTomorrow() {
        learning.lessonFinished(siti, module, module.lessons().get(0));
        days(1);
        List<ReviewCard> cards = learning.dailyReview(siti, 3);

        learning.reviewed(siti, cards.get(0), true);   // box 2: in 2 days
        learning.reviewed(siti, cards.get(1), false);  // box 1: tomorrow
        learning.reviewed(siti, cards.get(2), true);

        days(1);
        assertThat(learning.dailyReview(siti, 3)).extracting(ReviewCard::itemId).containsExactly(cards.get(1).itemId());
        days(1);
        assertThat(learning.dailyReview(siti, 3)).hasSize(3);
        assertThat(learning.dailyReview(siti, 3)).filteredOn(card -> card.itemId().equals(cards.get(0).itemId()))
                .extracting(ReviewCard::box).containsExactly(2);
    }

    @Test
    void readingALessonAgainDoesNotResetItsReviews() {
        learning.lessonFinished(siti, module, module.lessons().get(0));
        days(1);
        ReviewCard first = learning.dailyReview(siti, 1).get(0);
        learning.reviewed(siti, first, true);

        learning.lessonFinished(siti, module, module.lessons().get(0));

        days(1);
        assertThat(learning.dailyReview(siti, 3)).extracting(ReviewCard::itemId).doesNotContain(first.itemId());
    }

    @Test
    void atMostTheNumberAskedForIsShown() {
        learning.lessonFinished(siti, module, module.lessons().get(0));
        days(1);
        assertThat(learning.dailyReview(siti, 2)).hasSize(2);
    }
}
