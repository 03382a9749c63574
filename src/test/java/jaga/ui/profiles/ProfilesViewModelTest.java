package jaga.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.learning.Classroom;
import jaga.learning.WhoIsLearning;
import jaga.model.Language;
import jaga.learning.AdultPin;
import jaga.progress.ClassRepository;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.progress.LearnerRepository;
import jaga.progress.SettingsRepository;
import jaga.testing.RealServices;
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
    private Classroom classroom;
    private WhoIsLearning whoIsLearning;
    private LearnerRepository learnerRepository;
    private final ProfilesViewModel.Remembered remembered = new ProfilesViewModel.Remembered();
    private final List<Learner> signedIn = new ArrayList<>();

    @BeforeEach
    void open() {
        RealServices services = RealServices.withModule(temp, "too-good");
        database = services.database;
        learnerRepository = services.learners;
        classroom = services.classroom();
        whoIsLearning = services.whoIsLearning();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ProfilesViewModel screen() {
        ProfilesViewModel model = new ProfilesViewModel(whoIsLearning,
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
        return model.chooser().shownLearners().stream().map(tile -> tile.learner().displayName()).toList();
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
        assertThat(model.chooser().shownLearners()).hasSize(36);

        model.chooser().searchProperty().set("aisyah");
        assertThat(names(model)).containsExactly("Nur Aisyah binti Ahmad");
        model.chooser().searchProperty().set("  WEI   ming ");
        assertThat(names(model)).containsExactly("Tan Wei Ming");
        model.chooser().searchProperty().set("zoe");
        assertThat(names(model)).containsExactly("Zoë Chan");
        model.chooser().searchProperty().set("elodie");
        assertThat(names(model)).containsExactly("Élodie Tan");
        model.chooser().searchProperty().set("muaz");
        assertThat(names(model)).containsExactly("Mu'az Iskandar");
        model.chooser().searchProperty().set("a/p");
        assertThat(names(model)).containsExactly("Kavitha a/p Subramaniam", "Priya a/p Ganesan", "Thivya a/p Murugan");
        model.chooser().searchProperty().set("ahmad nur"); // every word, in any order
        assertThat(names(model)).containsExactly("Nur Aisyah binti Ahmad");
        model.chooser().searchProperty().set("xyz");
        assertThat(model.chooser().shownLearners()).isEmpty();
        model.chooser().searchProperty().set("");
        assertThat(model.chooser().shownLearners()).hasSize(36);
    }

    @Test
    void namesInOtherScriptsAreFoundByPartOfTheName() {
        add("பிரியா கணேசன்", null);
        add("陈伟明", null);
        add("Siti", null);
        ProfilesViewModel model = screen();

        model.chooser().searchProperty().set("பிரியா");
        assertThat(names(model)).containsExactly("பிரியா கணேசன்");
        model.chooser().searchProperty().set("伟明");
        assertThat(names(model)).containsExactly("陈伟明");
    }

    @Test
    void choosingAClassShowsOnlyItsLearnersAndTheNextScreenStartsWithTheSameClass() {
        aLabOfThirtySix();
        long archived = classroom.createClass("4 Cekal").id();
        classroom.setMembers(archived, List.of(1L, 2L));
        classroom.archiveClass(archived, true);
        ProfilesViewModel model = screen();

        assertThat(model.chooser().classNames()).as("archived classes are not offered").containsExactly("5 Amanah", "5 Bestari");
        assertThat(model.chooser().classFilterProperty().get()).as("everyone, at first").isNull();

        model.chooser().classFilterProperty().set("5 Bestari");
        assertThat(model.chooser().shownLearners()).hasSize(18)
                .allSatisfy(tile -> assertThat(tile.classNames()).containsExactly("5 Bestari"));
        assertThat(names(model)).startsWith("Adam", "Aqil Hakimi", "Bryan", "Chen Xiao Ling").endsWith("Zoë Chan");

        model.chooser().searchProperty().set("adam");
        assertThat(names(model)).containsExactly("Adam");
        model.choose(model.chooser().shownLearners().get(0).learner());
        assertThat(signedIn).extracting(Learner::displayName).containsExactly("Adam");
        assertThat(model.chooser().searchProperty().get()).as("the next child does not find the last name typed").isEmpty();

        // The next child, on a new "Who is learning?" screen while Jaga runs: still 5 Bestari.
        ProfilesViewModel next = screen();
        assertThat(next.chooser().classFilterProperty().get()).isEqualTo("5 Bestari");
        assertThat(next.chooser().shownLearners()).hasSize(18);
        next.chooser().showEveryone();
        assertThat(next.chooser().shownLearners()).hasSize(36);
        assertThat(screen().chooser().classFilterProperty().get()).isNull();
    }

    @Test
    void aRememberedClassThatIsGoneFallsBackToEveryone() {
        aLabOfThirtySix();
        screen().chooser().classFilterProperty().set("5 Amanah");
        classroom.deleteClass(new ClassRepository(database).named("5 Amanah").orElseThrow().id());

        ProfilesViewModel model = screen();
        assertThat(model.chooser().classFilterProperty().get()).isNull();
        assertThat(model.chooser().shownLearners()).hasSize(36);
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

        assertThat(model.chooser().shownLearners()).filteredOn(tile -> tile.learner().displayName().equals("Adam"))
                .extracting(LearnerChooserViewModel.Tile::tellApart, LearnerChooserViewModel.Tile::classNames)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LearnerChooserViewModel.TellApart.CLASS, List.of("5 Amanah")),
                        org.assertj.core.groups.Tuple.tuple(LearnerChooserViewModel.TellApart.CLASS, List.of("5 Bestari")));
        assertThat(tellApart(model, twinA)).as("same name, same class, same age").isEqualTo(LearnerChooserViewModel.TellApart.NUMBER);
        assertThat(tellApart(model, twinB)).isEqualTo(LearnerChooserViewModel.TellApart.NUMBER);
        assertThat(tellApart(model, older)).isEqualTo(LearnerChooserViewModel.TellApart.BAND);
        assertThat(tellApart(model, younger)).isEqualTo(LearnerChooserViewModel.TellApart.BAND);
        assertThat(model.chooser().shownLearners()).filteredOn(tile -> tile.learner().displayName().equals("Tan Wei Ming"))
                .extracting(LearnerChooserViewModel.Tile::tellApart).containsExactly(LearnerChooserViewModel.TellApart.NOTHING);
    }

    private static LearnerChooserViewModel.TellApart tellApart(ProfilesViewModel model, long id) {
        return model.chooser().shownLearners().stream().filter(tile -> tile.learner().id() == id).findFirst().orElseThrow()
                .tellApart();
    }

    @Test
    void aFamilyWithAFewChildrenAndNoClassesGetsNoClassChoiceOrSearch() {
        for (String name : List.of("Aina", "Danial", "Mei Ling")) {
            add(name, null);
        }
        ProfilesViewModel family = screen();
        assertThat(family.chooser().labProperty().get()).isFalse();
        assertThat(family.chooser().classNames()).isEmpty();

        for (int i = 4; i <= LearnerChooserViewModel.LAB_SIZE; i++) {
            add("Child " + i, null);
        }
        assertThat(screen().chooser().labProperty().get()).as("ten learners").isTrue();
    }

    @Test
    void oneClassIsEnoughForTheLabTools() {
        add("Aina", "5 Amanah");
        add("Danial", null);
        ProfilesViewModel model = screen();
        assertThat(model.chooser().labProperty().get()).isTrue();
        assertThat(model.chooser().classNames()).containsExactly("5 Amanah");
    }

    @Test
    void aFoundLearnerWithAPictureLockStillTapsTheirPictures() {
        aLabOfThirtySix();
        long tan = learnerRepository.active().stream().filter(l -> l.displayName().equals("Tan Wei Ming"))
                .findFirst().orElseThrow().id();
        learnerRepository.setPictureLock(tan, List.of("moon", "apple", "moon"));
        ProfilesViewModel model = screen();
        model.chooser().classFilterProperty().set("5 Amanah");
        model.chooser().searchProperty().set("tan");

        model.choose(model.chooser().shownLearners().get(0).learner());
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.PICTURE_LOCK);
        assertThat(signedIn).isEmpty();
        for (String picture : List.of("moon", "apple", "moon")) {
            model.pictureLock().tapPicture(picture);
        }
        assertThat(signedIn).extracting(Learner::id).containsExactly(tan);
        assertThat(model.chooser().searchProperty().get()).isEmpty();
        assertThat(model.chooser().classFilterProperty().get()).as("the class stays chosen").isEqualTo("5 Amanah");
    }

    @Test
    void foldedNamesIgnoreCaseAccentsApostrophesAndExtraSpaces() {
        assertThat(NameSearch.folded("  Zoë   Mu'az-Élodie ")).isEqualTo("zoe muaz elodie");
        assertThat(NameSearch.matches("Nur Aisyah binti Ahmad", List.of("aisy", "bin"))).isTrue();
        assertThat(NameSearch.matches("Nur Aisyah binti Ahmad", List.of("aisy", "tan"))).isFalse();
    }
}
