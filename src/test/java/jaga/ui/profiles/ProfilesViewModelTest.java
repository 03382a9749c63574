package jaga.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.learning.Classroom;
import jaga.learning.LearningService;
import jaga.model.Language;
import jaga.learning.AdultPin;
import jaga.progress.BadgeRepository;
import jaga.progress.ChatChoiceRepository;
import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.progress.LearnerRepository;
import jaga.progress.LessonProgressRepository;
import jaga.progress.ModuleAssignmentRepository;
import jaga.progress.QuizRepository;
import jaga.progress.ReviewRepository;
import jaga.progress.SettingsRepository;
import jaga.testing.Modules;
import jaga.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Who is learning?" in a computer lab, on a real SQLite file: the class choice, the search, the
 * alphabetical order, namesakes told apart, and a family's computer left as simple as it was.
 */
class ProfilesViewModelTest {
    @TempDir
    Path temp;

    private Database database;
    private LearningService learning;
    private Classroom classroom;
    private LearnerRepository learnerRepository;
    private final ProfilesViewModel.Remembered remembered = new ProfilesViewModel.Remembered();
    private final List<Learner> signedIn = new ArrayList<>();

    @BeforeEach
    void open() {
        Modules.write(temp.resolve("content"), "too-good", Modules.validV1("too-good"));
        ContentCatalog catalog = new ContentLoader().load(List.of(temp.resolve("content")));
        database = Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC());
        learnerRepository = new LearnerRepository(database);
        ModuleAssignmentRepository assignments = new ModuleAssignmentRepository(database);
        learning = new LearningService(catalog, learnerRepository, new LessonProgressRepository(database),
                new QuizRepository(database), new ChatChoiceRepository(database), new BadgeRepository(database),
                new ReviewRepository(database), assignments, Clock.systemUTC());
        classroom = new Classroom(catalog, learnerRepository, new ClassRepository(database), assignments);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ProfilesViewModel screen() {
        ProfilesViewModel model = new ProfilesViewModel(learning, classroom,
                new AdultPin(new SettingsRepository(database), Clock.systemUTC()), Background.direct(), remembered,
                signedIn::add);
        model.load();
        return model;
    }

    private long add(String name, String className) {
        long id = classroom.addLearner(name, "cat", Band.AGES_10_12, Language.EN).id();
        if (className != null) {
            long classId = new ClassRepository(database).named(className)
                    .orElseGet(() -> classroom.createClass(className)).id();
            new ClassRepository(database).addMember(classId, id);
        }
        return id;
    }

    private static List<String> names(ProfilesViewModel model) {
        return model.shownLearners().stream().map(tile -> tile.learner().displayName()).toList();
    }

    /** A lab of 36: 18 in 5 Amanah, 18 in 5 Bestari, with Malay, Chinese and Indian names. */
    private void aLabOfThirtySix() {
        String[] amanah = {"Tan Wei Ming", "Nur Aisyah binti Ahmad", "Priya a/p Ganesan", "Muhammad Adam bin Ismail",
                "Siti Nurhaliza", "Lim Jia Hui", "Arjun a/l Raman", "aina Sofea", "Danial Haikal", "Wong Mei Ling",
                "Kavitha a/p Subramaniam", "Ahmad Faris", "Chong Kah Wai", "Nurul Izzah", "Hafiz", "Ong Zi Xuan",
                "Mu'az Iskandar", "Adam"};
        String[] bestari = {"Zoë Chan", "Adam", "Iman Batrisyia", "Goh Yi Xin", "Harith Danish", "Thivya a/p Murugan",
                "Nur Qistina", "Lee Chee Keong", "Aqil Hakimi", "Yap Shu Ting", "Sharvin a/l Kumar", "Farah Adibah",
                "Ng Kai Jie", "Puteri Balqis", "Rajesh a/l Nair", "Chen Xiao Ling", "Élodie Tan", "Bryan"};
        for (String name : amanah) {
            add(name, "5 Amanah");
        }
        for (String name : bestari) {
            add(name, "5 Bestari");
        }
    }

    @Test
    void learnersAreInAlphabeticalOrderIgnoringCaseNotTheOrderTheyWereAdded() {
        add("Zul", null);
        add("danial", null);
        add("Aina", null);
        add("Élodie", null);
        add("Bryan", null);

        assertThat(names(screen())).containsExactly("Aina", "Bryan", "danial", "Élodie", "Zul");
    }

    @Test
    void typingPartOfANameFindsItIgnoringCaseAccentsAndApostrophes() {
        aLabOfThirtySix();
        ProfilesViewModel model = screen();
        assertThat(model.shownLearners()).hasSize(36);

        model.searchProperty().set("aisyah");
        assertThat(names(model)).containsExactly("Nur Aisyah binti Ahmad");
        model.searchProperty().set("  WEI   ming ");
        assertThat(names(model)).containsExactly("Tan Wei Ming");
        model.searchProperty().set("zoe");
        assertThat(names(model)).containsExactly("Zoë Chan");
        model.searchProperty().set("elodie");
        assertThat(names(model)).containsExactly("Élodie Tan");
        model.searchProperty().set("muaz");
        assertThat(names(model)).containsExactly("Mu'az Iskandar");
        model.searchProperty().set("a/p");
        assertThat(names(model)).containsExactly("Kavitha a/p Subramaniam", "Priya a/p Ganesan", "Thivya a/p Murugan");
        model.searchProperty().set("ahmad nur"); // every word, in any order
        assertThat(names(model)).containsExactly("Nur Aisyah binti Ahmad");
        model.searchProperty().set("xyz");
        assertThat(model.shownLearners()).isEmpty();
        model.searchProperty().set("");
        assertThat(model.shownLearners()).hasSize(36);
    }

    @Test
    void namesInOtherScriptsAreFoundByPartOfTheName() {
        add("பிரியா கணேசன்", null);
        add("陈伟明", null);
        add("Siti", null);
        ProfilesViewModel model = screen();

        model.searchProperty().set("பிரியா");
        assertThat(names(model)).containsExactly("பிரியா கணேசன்");
        model.searchProperty().set("伟明");
        assertThat(names(model)).containsExactly("陈伟明");
    }

    @Test
    void choosingAClassShowsOnlyItsLearnersAndTheNextScreenStartsWithTheSameClass() {
        aLabOfThirtySix();
        long archived = classroom.createClass("4 Cekal").id();
        classroom.setMembers(archived, List.of(1L, 2L));
        classroom.archiveClass(archived, true);
        ProfilesViewModel model = screen();

        assertThat(model.classNames()).as("archived classes are not offered").containsExactly("5 Amanah", "5 Bestari");
        assertThat(model.classFilterProperty().get()).as("everyone, at first").isNull();

        model.classFilterProperty().set("5 Bestari");
        assertThat(model.shownLearners()).hasSize(18)
                .allSatisfy(tile -> assertThat(tile.classNames()).containsExactly("5 Bestari"));
        assertThat(names(model)).startsWith("Adam", "Aqil Hakimi", "Bryan", "Chen Xiao Ling").endsWith("Zoë Chan");

        model.searchProperty().set("adam");
        assertThat(names(model)).containsExactly("Adam");
        model.choose(model.shownLearners().get(0).learner());
        assertThat(signedIn).extracting(Learner::displayName).containsExactly("Adam");
        assertThat(model.searchProperty().get()).as("the next child does not find the last name typed").isEmpty();

        // The next child, on a new "Who is learning?" screen while Jaga runs: still 5 Bestari.
        ProfilesViewModel next = screen();
        assertThat(next.classFilterProperty().get()).isEqualTo("5 Bestari");
        assertThat(next.shownLearners()).hasSize(18);
        next.showEveryone();
        assertThat(next.shownLearners()).hasSize(36);
        assertThat(screen().classFilterProperty().get()).isNull();
    }

    @Test
    void aRememberedClassThatIsGoneFallsBackToEveryone() {
        aLabOfThirtySix();
        screen().classFilterProperty().set("5 Amanah");
        classroom.deleteClass(new ClassRepository(database).named("5 Amanah").orElseThrow().id());

        ProfilesViewModel model = screen();
        assertThat(model.classFilterProperty().get()).isNull();
        assertThat(model.shownLearners()).hasSize(36);
    }

    @Test
    void learnersWithTheSameNameAreToldApartByClassElseAgeElseNumber() {
        aLabOfThirtySix();
        long twinA = add("Hana", "5 Amanah");
        long twinB = add("hana", "5 Amanah");
        learnerRepository.setPictureLock(twinB, List.of("sun", "moon", "star")); // unrelated: locks do not matter
        long older = classroom.addLearner("Irfan", "dog", Band.AGES_13_17, Language.EN).id();
        long younger = classroom.addLearner("Irfan", "dog", Band.AGES_7_9, Language.EN).id();
        ProfilesViewModel model = screen();

        assertThat(model.shownLearners()).filteredOn(tile -> tile.learner().displayName().equals("Adam"))
                .extracting(ProfilesViewModel.Tile::tellApart, ProfilesViewModel.Tile::classNames)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProfilesViewModel.TellApart.CLASS, List.of("5 Amanah")),
                        org.assertj.core.groups.Tuple.tuple(ProfilesViewModel.TellApart.CLASS, List.of("5 Bestari")));
        assertThat(tellApart(model, twinA)).as("same name, same class, same age").isEqualTo(ProfilesViewModel.TellApart.NUMBER);
        assertThat(tellApart(model, twinB)).isEqualTo(ProfilesViewModel.TellApart.NUMBER);
        assertThat(tellApart(model, older)).isEqualTo(ProfilesViewModel.TellApart.BAND);
        assertThat(tellApart(model, younger)).isEqualTo(ProfilesViewModel.TellApart.BAND);
        assertThat(model.shownLearners()).filteredOn(tile -> tile.learner().displayName().equals("Tan Wei Ming"))
                .extracting(ProfilesViewModel.Tile::tellApart).containsExactly(ProfilesViewModel.TellApart.NOTHING);
    }

    private static ProfilesViewModel.TellApart tellApart(ProfilesViewModel model, long id) {
        return model.shownLearners().stream().filter(tile -> tile.learner().id() == id).findFirst().orElseThrow()
                .tellApart();
    }

    @Test
    void aFamilyWithAFewChildrenAndNoClassesGetsNoClassChoiceOrSearch() {
        for (String name : List.of("Aina", "Danial", "Mei Ling")) {
            add(name, null);
        }
        ProfilesViewModel family = screen();
        assertThat(family.labProperty().get()).isFalse();
        assertThat(family.classNames()).isEmpty();

        for (int i = 4; i <= ProfilesViewModel.LAB_SIZE; i++) {
            add("Child " + i, null);
        }
        assertThat(screen().labProperty().get()).as("ten learners").isTrue();
    }

    @Test
    void oneClassIsEnoughForTheLabTools() {
        add("Aina", "5 Amanah");
        add("Danial", null);
        ProfilesViewModel model = screen();
        assertThat(model.labProperty().get()).isTrue();
        assertThat(model.classNames()).containsExactly("5 Amanah");
    }

    @Test
    void aFoundLearnerWithAPictureLockStillTapsTheirPictures() {
        aLabOfThirtySix();
        long tan = learnerRepository.active().stream().filter(l -> l.displayName().equals("Tan Wei Ming"))
                .findFirst().orElseThrow().id();
        learnerRepository.setPictureLock(tan, List.of("moon", "apple", "moon"));
        ProfilesViewModel model = screen();
        model.classFilterProperty().set("5 Amanah");
        model.searchProperty().set("tan");

        model.choose(model.shownLearners().get(0).learner());
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.PICTURE_LOCK);
        assertThat(signedIn).isEmpty();
        for (String picture : List.of("moon", "apple", "moon")) {
            model.tapPicture(picture);
        }
        assertThat(signedIn).extracting(Learner::id).containsExactly(tan);
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.classFilterProperty().get()).as("the class stays chosen").isEqualTo("5 Amanah");
    }

    @Test
    void foldedNamesIgnoreCaseAccentsApostrophesAndExtraSpaces() {
        assertThat(ProfilesViewModel.folded("  Zoë   Mu'az-Élodie ")).isEqualTo("zoe muaz elodie");
        assertThat(ProfilesViewModel.matches("Nur Aisyah binti Ahmad", List.of("aisy", "bin"))).isTrue();
        assertThat(ProfilesViewModel.matches("Nur Aisyah binti Ahmad", List.of("aisy", "tan"))).isFalse();
    }
}
