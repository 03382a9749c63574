package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.Topic;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.AnswerHistory;
import jaga.progress.DashboardRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.QuizRepository;
import jaga.testing.Modules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressReportsTest {

    @TempDir
    Path temp;

    private Database database;
    private ProgressReports reports;
    private long aina;

    @BeforeEach
    void setUp() {
        Modules.write(temp.resolve("content"), "too-good", Modules.validV1("too-good"));
        ContentCatalog catalog = new ContentLoader().load(List.of(temp.resolve("content")));
        database = Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC());
        reports = new ProgressReports(catalog, new DashboardRepository(database), new AnswerHistory(database));
        aina = new LearnerRepository(database).create("Aina", "cat", Band.AGES_7_9, Language.MS).id();
        QuizRepository quizzes = new QuizRepository(database);
        long attempt = quizzes.startAttempt(aina, "too-good", 1);
        quizzes.recordAnswer(attempt, "q1", "b", 0.0, 1_000L);
        quizzes.recordAnswer(attempt, "q2", "b", 1.0, 1_000L);
        // An older version of the module had a q0 that has since been removed,
        quizzes.recordAnswer(attempt, "q0", "x", 0.0, 1_000L);
        quizzes.finishAttempt(attempt, 33, false);
        // and a whole module that is no longer shipped.
        long gone = quizzes.startAttempt(aina, "gone-module", 3);
        quizzes.recordAnswer(gone, "q1", "z", 0.0, 1_000L);
        quizzes.finishAttempt(gone, 0, false);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void questionsNoLongerInTheContentAreMarkedRetiredInsteadOfBreakingTheReport() {
        List<ProgressReports.MissedQuestionReport> missed = reports.mostMissedBy(aina, 10);

        assertThat(missed).hasSize(3);
        assertThat(missed).filteredOn(r -> !r.retired()).singleElement().satisfies(r -> {
            assertThat(r.missed().questionId()).isEqualTo("q1");
            assertThat(r.missed().moduleId()).isEqualTo("too-good");
            assertThat(r.question()).get().satisfies(q -> assertThat(q.id()).isEqualTo("q1"));
        });
        assertThat(missed).filteredOn(ProgressReports.MissedQuestionReport::retired)
                .extracting(r -> r.missed().moduleId() + "/" + r.missed().questionId())
                .containsExactlyInAnyOrder("too-good/q0", "gone-module/q1");
    }

    @Test
    void masteryPerTopicCountsOnlyModulesStillInTheContent() {
        assertThat(reports.learnerMastery(aina)).singleElement().satisfies(mastery -> {
            assertThat(mastery.topic()).isEqualTo(Topic.SCAMS);
            assertThat(mastery.answers()).isEqualTo(3);
            assertThat(mastery.share()).isEqualTo(1.0 / 3);
        });
    }
}
