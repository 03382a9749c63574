package jaga.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.learning.Classroom;
import jaga.learning.WhoIsLearning;
import jaga.learning.Roster;
import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
import jaga.learning.AdultPin;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.SettingsRepository;
import jaga.testing.RealServices;
import jaga.ui.adult.PinGateViewModel;
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
 * "Who is learning?" without a stage, on a real SQLite file with its work run in line: the first
 * adult's PIN and the first child, the new-learner form's checks, and a child's picture lock.
 */
class ProfilesFlowViewModelTest {
    @TempDir
    Path temp;

    private Database database;
    private Classroom classroom;
    private WhoIsLearning whoIsLearning;
    private LearnerRepository learners;
    private final List<Learner> signedIn = new ArrayList<>();
    private int classSetUps;

    @BeforeEach
    void open() {
        RealServices services = RealServices.withModule(temp, "too-good");
        database = services.database;
        learners = services.learners;
        classroom = services.classroom();
        whoIsLearning = services.whoIsLearning();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ProfilesViewModel screen() {
        ProfilesViewModel model = new ProfilesViewModel(whoIsLearning,
                new AdultPin(new SettingsRepository(database), Clock.systemUTC()), Background.direct(),
                new ProfilesViewModel.Remembered(), signedIn::add);
        model.setOnSetUpClass(() -> classSetUps++);
        model.load();
        return model;
    }

    @Test
    void onAnEmptyComputerTheAdultSetsAPinChoosesAFamilyAndTheFirstChildStartsAtOnce() {
        ProfilesViewModel model = screen();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.ADULT_PIN);
        assertThat(model.gate().modeProperty().get()).isEqualTo(PinGateViewModel.Mode.SET_UP);

        model.gate().setUp("482913", "482913");
        model.gate().recoveryNoted();
        assertThat(model.modeProperty().get()).as("asked: children at home, or a class?").isEqualTo(ProfilesViewModel.Mode.FIRST_USE);
        model.cancel();
        assertThat(model.modeProperty().get()).as("nobody to go back to").isEqualTo(ProfilesViewModel.Mode.FIRST_USE);

        model.forMyChildren();
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.ADD_LEARNER);
        NewLearnerViewModel form = model.form();
        assertThat(form.canSaveProperty().get()).as("no name yet").isFalse();
        form.nameProperty().set("  Aina  ");
        form.avatarProperty().set("owl");
        form.bandProperty().set(Band.AGES_7_9);
        form.save("ms");

        assertThat(signedIn).extracting(Learner::displayName, Learner::avatar, Learner::band, Learner::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Aina", "owl", Band.AGES_7_9, Language.MS));
        assertThat(learners.active()).extracting(Learner::displayName).containsExactly("Aina");
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.CHOOSE);
        assertThat(model.chooser().learners()).extracting(Learner::displayName).containsExactly("Aina");
        assertThat(classSetUps).isZero();
    }

    @Test
    void aTeacherOnAnEmptyComputerGoesToTheClassListsWithoutAddingAChild() {
        ProfilesViewModel model = screen();
        model.gate().setUp("482913", "482913");
        model.gate().recoveryNoted();

        model.forAClass();
        assertThat(classSetUps).isEqualTo(1);
        assertThat(learners.active()).isEmpty();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void theFormSaysWhatIsWrongWithTheNameAndSavesNothingUntilItIsRight() {
        classroom.addLearner("Danial", "dog", Band.AGES_10_12, Language.EN);
        ProfilesViewModel model = screen();
        model.startAdding();
        model.gate().setUp("482913", "482913");
        model.gate().recoveryNoted();
        NewLearnerViewModel form = model.form();
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.ADD_LEARNER);

        assertThat(form.nameProblemProperty().get()).isEqualTo(NewLearnerViewModel.NameProblem.MISSING);
        form.nameProperty().set("   ");
        assertThat(form.nameProblemProperty().get()).as("spaces are no name").isEqualTo(NewLearnerViewModel.NameProblem.MISSING);
        form.nameProperty().set("a".repeat(Roster.MAX_NAME + 1));
        assertThat(form.nameProblemProperty().get()).isEqualTo(NewLearnerViewModel.NameProblem.TOO_LONG);
        assertThat(form.canSaveProperty().get()).isFalse();
        form.save("en");
        assertThat(learners.active()).extracting(Learner::displayName).containsExactly("Danial");

        form.nameProperty().set("a".repeat(Roster.MAX_NAME));
        assertThat(form.nameProblemProperty().get()).as("exactly the longest name").isNull();
        assertThat(form.canSaveProperty().get()).isTrue();

        model.cancel();
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.CHOOSE);
        assertThat(learners.active()).hasSize(1);
    }

    @Test
    void aWrongPictureSequenceSaysTryAgainAndTheRightOneSignsTheChildIn() {
        Learner mei = classroom.addLearner("Mei Ling", "fish", Band.AGES_7_9, Language.EN);
        learners.setPictureLock(mei.id(), List.of("sun", "moon", "star"));
        ProfilesViewModel model = screen();
        PictureLockViewModel lock = model.pictureLock();

        model.choose(mei);
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.PICTURE_LOCK);
        assertThat(lock.unlockingProperty().get()).isEqualTo(mei);
        lock.tapPicture("sun");
        lock.tapPicture("star");
        assertThat(lock.tappedPictures()).hasSize(2);
        lock.tapPicture("moon");
        assertThat(lock.tryAgainProperty().get()).isTrue();
        assertThat(lock.tappedPictures()).as("the child starts again").isEmpty();
        assertThat(signedIn).isEmpty();

        lock.tapPicture("sun");
        assertThat(lock.tryAgainProperty().get()).as("a new try clears the message").isFalse();
        lock.tapPicture("moon");
        lock.tapPicture("star");
        assertThat(signedIn).containsExactly(mei);
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.CHOOSE);
        assertThat(lock.unlockingProperty().get()).isNull();
        assertThat(lock.problemProperty().get()).isNull();
    }

    @Test
    void leavingAPictureLockForgetsWhatWasTapped() {
        Learner mei = classroom.addLearner("Mei Ling", "fish", Band.AGES_7_9, Language.EN);
        learners.setPictureLock(mei.id(), List.of("sun", "moon", "star"));
        ProfilesViewModel model = screen();

        model.choose(mei);
        model.pictureLock().tapPicture("sun");
        model.pictureLock().leave();
        assertThat(model.modeProperty().get()).isEqualTo(ProfilesViewModel.Mode.CHOOSE);
        assertThat(model.pictureLock().tappedPictures()).isEmpty();
        assertThat(signedIn).isEmpty();

        model.choose(mei);
        for (String picture : List.of("sun", "moon", "star")) {
            model.pictureLock().tapPicture(picture);
        }
        assertThat(signedIn).containsExactly(mei);
    }
}
