package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.ui.adult.ProgressViewModel;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A teacher's class as their home in the adult area: it opens on the class (not on every child),
 * the class's bands changed on the Classes page are saved at once and said where the teacher is
 * looking, still there after a visit to another page, and after Jaga is closed and opened again,
 * when the adult area opens on the class looked at last.
 */
@ExtendWith(ApplicationExtension.class)
class ClassHomeJourneyTest extends JourneyTestBase {

    @Test
    void aTeacherChangesAClassesBandsLeavesThePageAndFindsTheChangeSavedWhenComingBack() throws Exception {
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            LearnerRepository learners = new LearnerRepository(database);
            ClassRepository classes = new ClassRepository(database);
            long amanah = classes.create("5 Amanah").id();
            long kelab = classes.create("Kelab Komputer").id();
            classes.addMember(amanah, learners.create("Nur Aisyah binti Kamal", "owl", Band.AGES_10_12, Language.MS).id());
            classes.addMember(amanah, learners.create("Lee Jia Xin", "cat", Band.AGES_10_12, Language.EN).id());
            classes.addMember(kelab, learners.create("Saravanan a/l Murugan", "fish", Band.AGES_13_17, Language.EN).id());
        }
        startApp();
        LearnerRobot teacher = new LearnerRobot(this, null);
        teacher.press("#openAdultArea");
        pinSetUpAndRecoveryCodeNoted(teacher, "482913");

        // The adult area opens on the teacher's class and its grid, not on a card for every child.
        teacher.waitFor("#classGrid");
        assertThat(scope()).isEqualTo("5 Amanah");
        assertThat(teacher.showing("#openLearner-1")).as("the class's learners are in the grid").isTrue();

        // Kelab Komputer is looked at on the Classes page, and sees the 10-12 modules from now on.
        teacher.press("#adultSection-classes");
        teacher.waitFor("#classBand-10-12");
        chooseClass("Kelab Komputer");
        teacher.waitFor("#renameClass");
        assertThat(checkBox("#classBand-10-12").isSelected()).isFalse();
        teacher.press("#classBand-10-12");
        teacher.waitFor("#saved-bands");
        assertThat(teacher.text("#classesNotice")).isEqualTo("Saved: the age bands Kelab Komputer sees.");
        assertThat(teacher.showing("#saved-members")).as("only the part just saved says so").isFalse();

        // Away to the Learners page and back: the tick is there, on the class looked at last.
        teacher.press("#adultSection-learners");
        teacher.waitFor("#importRoster");
        teacher.press("#adultSection-classes");
        teacher.waitFor("#classBand-10-12");
        assertThat(heading()).isEqualTo("Class Kelab Komputer");
        assertThat(checkBox("#classBand-10-12").isSelected()).as("the change was saved").isTrue();
        assertThat(checkBox("#classBand-13-17").isSelected()).isFalse();

        // Closed and opened again: the adult area opens on Kelab Komputer, and its bands are as left.
        restartApp();
        teacher.press("#openAdultArea");
        enterPin(teacher, "482913");
        teacher.waitFor("#classGrid");
        assertThat(scope()).isEqualTo("Kelab Komputer");
        teacher.press("#adultSection-classes");
        teacher.waitFor("#classBand-10-12");
        assertThat(heading()).isEqualTo("Class Kelab Komputer");
        assertThat(checkBox("#classBand-10-12").isSelected()).isTrue();
    }

    private String scope() {
        ComboBox<ProgressViewModel.Scope> scope = lookup("#progressScope").queryComboBox();
        return scope.getValue() instanceof ProgressViewModel.Scope.OneClass oneClass ? oneClass.name() : "everyone";
    }

    private CheckBox checkBox(String query) {
        return lookup(query).queryAs(CheckBox.class);
    }

    private String heading() {
        return lookup(".card-title").queryAllAs(Label.class).stream().filter(LearnerRobot::onScreen)
                .map(Label::getText).filter(t -> t.startsWith("Class ")).findFirst().orElse("");
    }

    /** Clicks the class's name in the list of classes. */
    private void chooseClass(String name) {
        Node row = lookup("#classList .learner-row-name").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals(name)).findFirst().orElseThrow();
        clickOn(row);
    }
}
