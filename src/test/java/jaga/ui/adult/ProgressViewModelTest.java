package jaga.ui.adult;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.learning.Classroom;
import jaga.learning.report.ReportFixture;
import jaga.model.Learner;
import jaga.progress.LearnerRepository;
import jaga.progress.ModuleAssignmentRepository;
import jaga.ui.common.Background;
import jaga.ui.common.RememberedPlaces;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboards' model on a real SQLite file: family, a class, one child, and back. */
class ProgressViewModelTest {

    @TempDir
    Path folder;

    private ReportFixture school;
    private ProgressViewModel model;

    @BeforeEach
    void open() {
        school = new ReportFixture(folder);
        Classroom classroom = new Classroom(school.catalog, new LearnerRepository(school.database), school.classes,
                new ModuleAssignmentRepository(school.database));
        model = new ProgressViewModel(school.reports, classroom, Background.direct());
    }

    @AfterEach
    void close() {
        school.close();
    }

    @Test
    void theFamilyComesFirstThenEachClassAndAChildOpensFromEither() {
        Learner aina = school.child("Aina", "10-12");
        Learner ben = school.child("Ben", "10-12");
        school.quiz(aina, "scams-10-12", 3);
        var fiveAmanah = school.classes.create("5 Amanah");
        school.classes.addMember(fiveAmanah.id(), ben.id());

        model.load();

        assertThat(model.scopes()).containsExactly(new ProgressViewModel.Scope.Family(),
                new ProgressViewModel.Scope.OneClass(fiveAmanah.id(), "5 Amanah"));
        assertThat(model.pageProperty().get()).as("a teacher's class first, not every child")
                .isInstanceOf(ProgressViewModel.Page.OneClass.class);
        model.scopeProperty().set(model.scopes().get(0));
        var family = (ProgressViewModel.Page.Family) model.pageProperty().get();
        assertThat(family.overview().children()).extracting(c -> c.learner().name()).containsExactly("Aina", "Ben");

        model.scopeProperty().set(model.scopes().get(1));
        var oneClass = (ProgressViewModel.Page.OneClass) model.pageProperty().get();
        assertThat(oneClass.report().rows()).as("Ben has done nothing yet and is still listed")
                .extracting(row -> row.learner().name()).containsExactly("Ben");

        model.openLearner(aina.id());
        var learner = (ProgressViewModel.Page.Learner) model.pageProperty().get();
        assertThat(learner.report().learner().name()).isEqualTo("Aina");
        assertThat(learner.report().progress()).hasSize(1);
        assertThat(learner.report().talkAboutNext()).as("a failed scams quiz is worth a chat").isNotEmpty();

        model.back();
        assertThat(model.pageProperty().get()).as("back to the class it was opened from")
                .isInstanceOf(ProgressViewModel.Page.OneClass.class);
    }

    @Test
    void thePageOpensOnWhatTheAdultViewedLastEvenAfterARestart() {
        Learner ben = school.child("Ben", "10-12");
        var fiveAmanah = school.classes.create("5 Amanah");
        var sixBestari = school.classes.create("6 Bestari");
        school.classes.addMember(sixBestari.id(), ben.id());
        Classroom classroom = new Classroom(school.catalog, new LearnerRepository(school.database), school.classes,
                new ModuleAssignmentRepository(school.database));

        RememberedPlaces places = RememberedPlaces.load(folder);
        ProgressViewModel first = new ProgressViewModel(school.reports, classroom, Background.direct(),
                ProgressViewModel.FromHub.NONE, places);
        first.load();
        assertThat(first.scopeProperty().get()).as("nothing remembered: the first class")
                .isEqualTo(new ProgressViewModel.Scope.OneClass(fiveAmanah.id(), "5 Amanah"));
        first.scopeProperty().set(new ProgressViewModel.Scope.OneClass(sixBestari.id(), "6 Bestari"));

        ProgressViewModel nextRun = new ProgressViewModel(school.reports, classroom, Background.direct(),
                ProgressViewModel.FromHub.NONE, RememberedPlaces.load(folder));
        nextRun.load();
        assertThat(nextRun.scopeProperty().get()).isEqualTo(new ProgressViewModel.Scope.OneClass(sixBestari.id(), "6 Bestari"));
        assertThat(((ProgressViewModel.Page.OneClass) nextRun.pageProperty().get()).report().rows())
                .extracting(row -> row.learner().name()).containsExactly("Ben");

        nextRun.scopeProperty().set(nextRun.scopes().get(0));
        ProgressViewModel family = new ProgressViewModel(school.reports, classroom, Background.direct(),
                ProgressViewModel.FromHub.NONE, RememberedPlaces.load(folder));
        family.load();
        assertThat(family.pageProperty().get()).as("every child, as chosen last time")
                .isInstanceOf(ProgressViewModel.Page.Family.class);

        school.classes.delete(sixBestari.id());
        ProgressViewModel gone = new ProgressViewModel(school.reports, classroom, Background.direct(),
                ProgressViewModel.FromHub.NONE, places);
        places.viewed("class:" + sixBestari.id());
        gone.load();
        assertThat(gone.scopeProperty().get()).as("a class deleted since: the first class")
                .isEqualTo(new ProgressViewModel.Scope.OneClass(fiveAmanah.id(), "5 Amanah"));
    }

    @Test
    void aProblemIsShownInWordsAndTheScreenStaysUsable() {
        model.load();
        model.openLearner(999);
        assertThat(model.errorProperty().get()).contains("999");
    }
}
