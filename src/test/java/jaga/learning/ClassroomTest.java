package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.ClassRepository.SchoolClass;
import jaga.progress.DataTransfer;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.progress.LearnerRepository;
import jaga.progress.ProgressException;
import jaga.progress.ProgressExport;
import jaga.progress.QuizRepository;
import jaga.testing.Modules;
import jaga.testing.RealServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adult area's learners, classes and module choices, on a real progress file with the bundled lessons. */
class ClassroomTest {
    private static ContentCatalog catalog;

    @TempDir
    Path temp;

    private Database database;
    private Classroom classroom;
    private LearningService learning;
    private Learner aina;

    @BeforeAll
    static void loadLessons() {
        catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
    }

    @BeforeEach
    void setUp() {
        database = open(temp.resolve("data"));
        aina = classroom.addLearner("Aina", "owl", Band.AGES_10_12, Language.MS);
    }

    private Database open(Path folder) {
        RealServices services = RealServices.open(catalog, folder);
        classroom = services.classroom();
        learning = services.learning;
        return services.database;
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> home(Learner learner) {
        return learning.modulesFor(learner).stream().map(m -> m.module().id()).toList();
    }

    @Test
    void aLearnerInNoClassSeesTheirOwnBandTopicByTopicAsBefore() {
        assertThat(home(aina)).containsExactly("grooming-10-12", "scams-10-12", "images-10-12", "cyberbullying-10-12",
                "privacy-10-12", "misinformation-10-12", "upsetting-10-12", "games-10-12");
        assertThat(classroom.shownModules(aina.id())).extracting(ContentModule::id).isEqualTo(home(aina));
    }

    @Test
    void aClassThatChoseNoBandsShowsEachLearnerTheirOwnBand() {
        SchoolClass mixed = classroom.createClass("Kelab Komputer");
        Learner danial = classroom.addLearner("Danial", "cat", Band.AGES_13_17, Language.EN);
        classroom.setMembers(mixed.id(), List.of(aina.id(), danial.id()));

        assertThat(home(aina)).allMatch(id -> id.endsWith("-10-12")).hasSize(8);
        assertThat(home(danial)).allMatch(id -> id.endsWith("-13-17")).hasSize(8);
    }

    @Test
    void theBandsAClassChoseAreWhatItsLearnersSee() {
        SchoolClass bestari = classroom.createClass("5 Bestari");
        classroom.setMembers(bestari.id(), List.of(aina.id()));

        classroom.setClassBands(bestari.id(), Set.of(Band.AGES_7_9, Band.AGES_10_12));

        assertThat(home(aina)).hasSize(16).startsWith("grooming-7-9", "grooming-10-12", "scams-7-9", "scams-10-12")
                .noneMatch(id -> id.endsWith("-13-17") || id.endsWith("-parents"));
    }

    @Test
    void aModuleHiddenForTheClassIsGoneAndOneShownIsAdded() {
        SchoolClass bestari = classroom.createClass("5 Bestari");
        classroom.setMembers(bestari.id(), List.of(aina.id()));

        classroom.setClassModules(bestari.id(), Map.of("misinformation-10-12", false, "privacy-13-17", true));

        assertThat(home(aina)).containsExactly("grooming-10-12", "scams-10-12", "images-10-12", "cyberbullying-10-12",
                "privacy-10-12", "privacy-13-17", "upsetting-10-12", "games-10-12");
    }

    @Test
    void aModuleOneClassHidesAndAnotherShowsIsShown() {
        SchoolClass bestari = classroom.createClass("5 Bestari");
        SchoolClass club = classroom.createClass("Kelab Komputer");
        classroom.setMembers(bestari.id(), List.of(aina.id()));
        classroom.setMembers(club.id(), List.of(aina.id()));

        classroom.setClassModules(bestari.id(), Map.of("scams-10-12", false));
        classroom.setClassModules(club.id(), Map.of("scams-10-12", true));

        assertThat(home(aina)).contains("scams-10-12");
    }

    @Test
    void theLearnersOwnChoiceBeatsTheClass() {
        SchoolClass bestari = classroom.createClass("5 Bestari");
        classroom.setMembers(bestari.id(), List.of(aina.id()));
        classroom.setClassModules(bestari.id(), Map.of("scams-10-12", false, "privacy-13-17", true));

        classroom.setLearnerModules(aina.id(), Map.of("scams-10-12", true, "privacy-13-17", false, "grooming-10-12", false));

        assertThat(home(aina)).containsExactly("scams-10-12", "images-10-12", "cyberbullying-10-12", "privacy-10-12",
                "misinformation-10-12", "upsetting-10-12", "games-10-12");
        assertThat(classroom.learnerModuleChoices(aina.id()))
                .isEqualTo(Map.of("scams-10-12", true, "privacy-13-17", false, "grooming-10-12", false));
    }

    @Test
    void anArchivedClassStopsCountingAndItsMembersStay() {
        SchoolClass bestari = classroom.createClass("5 Bestari");
        classroom.setMembers(bestari.id(), List.of(aina.id()));
        classroom.setClassBands(bestari.id(), Set.of(Band.AGES_13_17));
        assertThat(home(aina)).allMatch(id -> id.endsWith("-13-17"));

        classroom.archiveClass(bestari.id(), true);

        assertThat(home(aina)).allMatch(id -> id.endsWith("-10-12")).hasSize(8);
        assertThat(classroom.classes()).singleElement().satisfies(row -> {
            assertThat(row.schoolClass().archived()).isTrue();
            assertThat(row.members()).extracting(LearnerRepository.LearnerProfile::displayName).containsExactly("Aina");
        });
    }

    @Test
    void parentGuidesCannotBeAssignedToChildren() {
        SchoolClass bestari = classroom.createClass("5 Bestari");
        assertThatThrownBy(() -> classroom.setClassModules(bestari.id(), Map.of("grooming-parents", true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent guide");
        assertThat(classroom.assignableModules()).hasSize(24).noneMatch(m -> m.id().endsWith("-parents"));
    }

    @Test
    void classesAreRenamedDeletedWithTheirLearnersStayingAndALearnerCanBeInSeveral() {
        SchoolClass bestari = classroom.createClass("5 Bestari");
        SchoolClass club = classroom.createClass("Kelab Komputer");
        Learner danial = classroom.addLearner("Danial", "cat", Band.AGES_13_17, Language.EN);
        classroom.setMembers(bestari.id(), List.of(aina.id(), danial.id()));
        classroom.setMembers(club.id(), List.of(aina.id()));

        classroom.renameClass(bestari.id(), "6 Bestari");
        assertThat(classroom.learners()).extracting(row -> row.learner().displayName(), Classroom.LearnerRow::classNames)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Aina", List.of("6 Bestari", "Kelab Komputer")),
                        org.assertj.core.groups.Tuple.tuple("Danial", List.of("6 Bestari")));

        assertThatThrownBy(() -> classroom.renameClass(club.id(), " 6 bestari ")).isInstanceOf(ProgressException.class)
                .hasMessage("There is already a class called \"6 bestari\". Choose another name.");
        assertThatThrownBy(() -> classroom.createClass("KELAB KOMPUTER")).isInstanceOf(ProgressException.class);

        classroom.deleteClass(bestari.id());
        assertThat(classroom.learners()).extracting(row -> row.learner().displayName(), Classroom.LearnerRow::classNames)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Aina", List.of("Kelab Komputer")),
                        org.assertj.core.groups.Tuple.tuple("Danial", List.of()));

        classroom.setMembers(club.id(), List.of(danial.id()));
        assertThat(classroom.classes()).singleElement().satisfies(row ->
                assertThat(row.members()).extracting(LearnerRepository.LearnerProfile::displayName).containsExactly("Danial"));
    }

    @Test
    void anAdultEditsALearnerAndTheirProgressStays() {
        long attempt = new QuizRepository(database).startAttempt(aina.id(), "grooming-10-12", 1);
        new QuizRepository(database).recordAnswer(attempt, "q1", "a", 1.0, 1_000L);

        classroom.editLearner(aina.id(), "  Aina Sofea ", "rabbit", Band.AGES_13_17, Language.EN);

        Learner edited = learning.learners().get(0);
        assertThat(edited).isEqualTo(new Learner(aina.id(), "Aina Sofea", "rabbit", Band.AGES_13_17, Language.EN));
        assertThat(home(edited)).allMatch(id -> id.endsWith("-13-17"));
        assertThat(new QuizRepository(database).answers(attempt)).hasSize(1);
        assertThatThrownBy(() -> classroom.editLearner(aina.id(), " ", "owl", Band.AGES_7_9, Language.EN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> classroom.editLearner(aina.id(), "Aina", "owl", Band.ADULTS, Language.EN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void archivingHidesALearnerFromTheChildrenAndUnarchivingBringsThemBack() {
        classroom.archiveLearner(aina.id(), true);
        assertThat(learning.learners()).isEmpty();
        assertThat(classroom.learners()).singleElement().satisfies(row -> assertThat(row.learner().archived()).isTrue());

        classroom.archiveLearner(aina.id(), false);
        assertThat(learning.learners()).containsExactly(aina);
    }

    @Test
    void aPictureLockIsKeptOnlyAsASaltedHashAndOpensOnlyWithThePicturesInOrder() throws Exception {
        assertThat(learning.hasPictureLock(aina)).isFalse();

        classroom.setPictureLock(aina.id(), List.of("moon", "apple", "moon"));

        assertThat(learning.hasPictureLock(aina)).isTrue();
        assertThat(classroom.learners().get(0).pictureLocked()).isTrue();
        assertThat(whoIsLearning().unlocks(aina, List.of("moon", "apple", "moon"))).isTrue();
        assertThat(whoIsLearning().unlocks(aina, List.of("apple", "moon", "moon"))).isFalse();
        assertThat(whoIsLearning().unlocks(aina, List.of("moon", "apple"))).isFalse();
        database.close();
        String bytes = new String(Files.readAllBytes(temp.resolve("data/jaga.db")), StandardCharsets.ISO_8859_1)
                + (Files.exists(temp.resolve("data/jaga.db-wal"))
                ? new String(Files.readAllBytes(temp.resolve("data/jaga.db-wal")), StandardCharsets.ISO_8859_1) : "");
        assertThat(bytes).contains("pbkdf2-sha256$210000$").doesNotContain("moon,apple").doesNotContain("apple");
        database = open(temp.resolve("data"));

        classroom.clearPictureLock(aina.id());
        assertThat(learning.hasPictureLock(aina)).isFalse();
        assertThatThrownBy(() -> classroom.setPictureLock(aina.id(), List.of("moon", "apple")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> classroom.setPictureLock(aina.id(), List.of("moon", "apple", "password")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classBandsAndModuleChoicesTravelInAnExportButAPictureLockDoesNot() {
        SchoolClass bestari = classroom.createClass("5 Bestari");
        classroom.setMembers(bestari.id(), List.of(aina.id()));
        classroom.setClassBands(bestari.id(), Set.of(Band.AGES_13_17));
        classroom.setClassModules(bestari.id(), Map.of("scams-13-17", false));
        classroom.setLearnerModules(aina.id(), Map.of("grooming-7-9", true));
        classroom.setPictureLock(aina.id(), List.of("sun", "sun", "sun"));
        List<String> before = home(aina);
        ProgressExport export = new DataTransfer(database).exportEverything();
        database.close();

        database = open(temp.resolve("elsewhere"));
        new DataTransfer(database).importData(export);
        Learner moved = learning.learners().get(0);

        assertThat(home(moved)).isEqualTo(before).contains("grooming-7-9").doesNotContain("scams-13-17");
        assertThat(learning.hasPictureLock(moved)).isFalse();
        assertThat(new DataTransfer(database).exportEverything().classes()).isEqualTo(export.classes());
    }

    private WhoIsLearning whoIsLearning() {
        return new WhoIsLearning(new LearnerRepository(database), new ClassRepository(database));
    }
}
