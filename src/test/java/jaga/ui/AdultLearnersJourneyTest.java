package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A teacher imports a class list of 30 with two bad rows, sees each row's problem, skips them, and has 28 learners. */
@ExtendWith(ApplicationExtension.class)
class AdultLearnersJourneyTest extends JourneyTestBase {

    @Test
    void aTeacherImportsAThirtyRowRosterSkippingTheTwoBadRows() throws Exception {
        Path roster = dataFolder.resolve("class-roster-30.csv");
        try (var in = getClass().getResourceAsStream("/jaga/roster/class-roster-30.csv")) {
            Files.copy(in, roster);
        }
        startApp();
        LearnerRobot teacher = new LearnerRobot(this, null);

        // First run: Jaga asks for a PIN to add a learner; the teacher goes to the adult area instead and sets it there.
        teacher.waitFor("#setUpPin-pin");
        teacher.press("#openAdultArea");
        teacher.waitFor(".adult-screen");
        teacher.waitFor("#setUpPin-pin");
        clickOn("#setUpPin-pin").write("482913");
        clickOn("#setUpPin-again").write("482913");
        teacher.press("#setUpPin-continue");
        teacher.waitFor("#recoveryNoted");
        teacher.press("#recoveryNoted");

        teacher.waitFor("#adultSection-learners");
        teacher.press("#adultSection-learners");
        teacher.waitFor("#importRoster");
        teacher.press("#importRoster");
        files.willChoose(roster); // the teacher picks the file in the file dialog
        teacher.press("#chooseRoster");

        teacher.waitFor("#rosterProblems");
        assertThat(teacher.text("#rosterFine")).isEqualTo("28 rows are ready to import.");
        assertThat(lookup("#rosterProblems").queryAs(VBox.class).getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly("Line 12: the name is empty",
                        "Line 21: the band \"Form 2\" is not known; use 7-9, 10-12 or 13-17");
        assertThat(lookup("#importAll").query().isDisabled()).as("nothing imported from a file with errors").isTrue();
        assertThat(teacher.text("#importSkipping")).isEqualTo("Import the good rows, skip 2");

        teacher.press("#importSkipping");
        teacher.waitFor("#learnersNotice");
        assertThat(teacher.text("#learnersNotice"))
                .isEqualTo("28 learners imported into 2 classes (2 new); 2 rows skipped.");
        ListView<?> list = lookup("#learnerList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(28);

        // The Classes page shows the two new classes with their members.
        teacher.press("#adultSection-classes");
        teacher.waitFor("#classList");
        ListView<?> classes = lookup("#classList").queryAs(ListView.class);
        assertThat(classes.getItems()).hasSize(2);
    }
}
