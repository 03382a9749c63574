package jaga.ui.adult;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.content.ContentModule;
import jaga.learning.Classroom;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.LearnerRepository;
import jaga.ui.common.Background;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Classes page's model on a real SQLite file: create, rename, members, bands, modules, archive, delete. */
class ClassesViewModelTest {
    @TempDir
    Path folder;

    private ClassroomFixture school;
    private LearnerRepository learners;
    private ClassRepository classRepository;
    private Classroom classroom;
    private ClassesViewModel page;
    private long aina;
    private long danial;

    @BeforeEach
    void open() {
        school = new ClassroomFixture(folder);
        learners = school.learners;
        classRepository = school.classes;
        classroom = school.classroom;
        aina = classroom.addLearner("Aina", "owl", Band.AGES_10_12, Language.EN).id();
        danial = classroom.addLearner("Danial", "cat", Band.AGES_10_12, Language.EN).id();
        page = new ClassesViewModel(classroom, Background.direct());
        page.load();
    }

    @AfterEach
    void close() {
        school.close();
    }

    @Test
    void aClassIsCreatedChosenAndGivenMembersBandsAndModules() {
        page.newClassNameProperty().set(" 5 Bestari ");
        page.createClass();
        assertThat(page.classes()).extracting(c -> c.schoolClass().name()).containsExactly("5 Bestari");
        assertThat(page.selectedProperty().get().schoolClass().name()).isEqualTo("5 Bestari");
        assertThat(page.newClassNameProperty().get()).isEmpty();

        ContentModule hidden = page.modules().stream().filter(m -> m.band() == Band.AGES_10_12).findFirst().orElseThrow();
        ContentModule added = page.modules().stream().filter(m -> m.band() == Band.AGES_13_17).findFirst().orElseThrow();
        page.setMember(aina, true);
        assertThat(classroom.classes().get(0).members()).as("saved the moment it is ticked")
                .extracting(m -> m.id()).containsExactly(aina);
        assertThat(page.savedPartProperty().get()).isEqualTo(ClassesViewModel.Part.MEMBERS);
        assertThat(page.noticeProperty().get().key()).isEqualTo("adult.classes.savedMembers");
        assertThat(page.noticeProperty().get().arguments()).containsExactly("5 Bestari", 1);
        assertThat(page.classes().get(0).members()).as("the list's count follows").hasSize(1);
        page.setMember(danial, true);
        page.setMember(danial, false); // a slip, undone
        page.setBand(Band.AGES_10_12, true);
        assertThat(page.savedPartProperty().get()).isEqualTo(ClassesViewModel.Part.BANDS);
        page.setModuleChoice(hidden.id(), ClassesViewModel.ModuleChoice.HIDE);
        page.setModuleChoice(added.id(), ClassesViewModel.ModuleChoice.SHOW);
        assertThat(page.noticeProperty().get().key()).isEqualTo("adult.classes.savedModules");

        Classroom.ClassRow saved = classroom.classes().get(0);
        assertThat(saved.members()).extracting(m -> m.id()).containsExactly(aina);
        assertThat(saved.bands()).containsExactly(Band.AGES_10_12);
        assertThat(saved.modules()).isEqualTo(Map.of(hidden.id(), false, added.id(), true));
        assertThat(classroom.shownModules(aina)).contains(added).doesNotContain(hidden);
        assertThat(classroom.shownModules(danial)).contains(hidden);
        // the page keeps what it shows
        assertThat(page.members()).containsExactly(aina);
        assertThat(page.bands()).containsExactly(Band.AGES_10_12);
        assertThat(page.moduleChoice(hidden.id())).isEqualTo(ClassesViewModel.ModuleChoice.HIDE);
        assertThat(page.busyProperty().get()).isFalse();

        // A page opened afresh (the adult left and came back) shows what was saved.
        ClassesViewModel again = new ClassesViewModel(classroom, Background.direct());
        again.load();
        again.selectedProperty().set(again.classes().get(0));
        assertThat(again.members()).containsExactly(aina);
        assertThat(again.bands()).containsExactly(Band.AGES_10_12);
        assertThat(again.moduleChoice(added.id())).isEqualTo(ClassesViewModel.ModuleChoice.SHOW);
    }

    @Test
    void aNewNameTypedButNotConfirmedIsKeptWhenTheAdultMovesOn() {
        classroom.createClass("5 Bestari");
        page.load();
        page.selectedProperty().set(page.classes().get(0));
        page.renameProperty().set("5 Bestari Pagi ");
        page.leavingName();
        assertThat(classRepository.classes()).extracting(c -> c.name()).containsExactly("5 Bestari Pagi");
        page.renameProperty().set("   ");
        page.leavingName(); // an emptied field is not a name: nothing changes
        assertThat(classRepository.classes()).extracting(c -> c.name()).containsExactly("5 Bestari Pagi");
    }

    @Test
    void thePageOpensOnTheClassLookedAtLastOnThisComputer() {
        classroom.createClass("5 Amanah");
        long bestari = classroom.createClass("5 Bestari").id();
        jaga.ui.common.RememberedPlaces places = jaga.ui.common.RememberedPlaces.load(folder);
        ClassesViewModel first = new ClassesViewModel(classroom, Background.direct(), places);
        first.load();
        assertThat(first.selectedProperty().get()).isNull();
        first.selectedProperty().set(first.classes().stream()
                .filter(c -> c.schoolClass().id() == bestari).findFirst().orElseThrow());

        ClassesViewModel next = new ClassesViewModel(classroom, Background.direct(),
                jaga.ui.common.RememberedPlaces.load(folder));
        next.load();
        assertThat(next.selectedProperty().get().schoolClass().name()).isEqualTo("5 Bestari");
    }

    @Test
    void aChangeThatCannotBeSavedIsSaidAndThePageShowsWhatIsKept() {
        long id = classroom.createClass("5 Bestari").id();
        page.load();
        page.selectedProperty().set(page.classes().get(0));
        classRepository.delete(id); // gone meanwhile (another page, or the hub)

        page.setBand(Band.AGES_10_12, true);

        assertThat(page.noticeProperty().get().key()).isEqualTo("adult.classes.failed");
        assertThat(page.noticeProperty().get().problem()).isTrue();
        assertThat(page.savedPartProperty().get()).isNull();
        assertThat(page.classes()).isEmpty();
        assertThat(page.selectedProperty().get()).isNull();
    }

    @Test
    void namesAreCheckedBeforeAnythingIsSaved() {
        page.newClassNameProperty().set("   ");
        page.createClass();
        assertThat(page.noticeProperty().get().key()).isEqualTo("adult.classes.nameNeeded");
        page.newClassNameProperty().set("Kelab Komputer");
        page.createClass();
        page.newClassNameProperty().set("kelab komputer");
        page.createClass();
        assertThat(page.noticeProperty().get().key()).isEqualTo("adult.classes.nameTaken");
        assertThat(page.newClassNameProperty().get()).as("the typed name is kept").isEqualTo("kelab komputer");
        page.newClassNameProperty().set("k".repeat(61));
        page.createClass();
        assertThat(page.noticeProperty().get().key()).isEqualTo("adult.classes.nameTooLong");
        assertThat(classRepository.classes()).hasSize(1);

        page.renameProperty().set("Kelab ICT");
        page.renameSelected();
        assertThat(classRepository.classes()).extracting(c -> c.name()).containsExactly("Kelab ICT");
    }

    @Test
    void archivingAndDeletingAClassKeepItsLearners() {
        long id = classroom.createClass("6 Cerdik").id();
        classroom.setMembers(id, List.of(aina, danial));
        page.load();
        page.selectedProperty().set(page.classes().get(0));

        page.toggleArchivedSelected();
        assertThat(classRepository.classes().get(0).archived()).isTrue();
        assertThat(page.selectedProperty().get().schoolClass().archived()).isTrue();

        page.deleteSelected(); // not confirmed
        assertThat(classRepository.classes()).hasSize(1);
        page.startDeleting();
        page.deleteSelected();
        assertThat(classRepository.classes()).isEmpty();
        assertThat(learners.profiles()).hasSize(2);
        assertThat(page.selectedProperty().get()).isNull();
        assertThat(page.noticeProperty().get().arguments()).containsExactly("6 Cerdik", 2);
    }

    @Test
    void archivedLearnersAreOfferedOnlyIfAlreadyInTheClass() {
        long id = classroom.createClass("5 Bestari").id();
        classroom.setMembers(id, List.of(aina));
        classroom.archiveLearner(aina, true);
        long siti = classroom.addLearner("Siti", "fish", Band.AGES_7_9, Language.EN).id();
        classroom.archiveLearner(siti, true);
        page.load();
        page.selectedProperty().set(page.classes().get(0));
        assertThat(page.memberChoices()).extracting(r -> r.learner().displayName()).containsExactly("Aina", "Danial");
    }
}
