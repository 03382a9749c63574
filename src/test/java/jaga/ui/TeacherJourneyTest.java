package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.ui.adult.ProgressViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A teacher on a classroom PC: imports a class list of 30 with two bad rows (each row's problem
 * shown), skips them and has 28 learners; saves the class's report for a spreadsheet, every
 * learner in it though nobody has started; then runs a chat scenario for the whole room on the
 * projector and comes back to the adult area.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherJourneyTest extends JourneyTestBase {

    @Test
    void aTeacherImportsAClassListExportsTheClassAndRunsAChatOnTheProjector() throws Exception {
        Path roster = dataFolder.resolve("class-roster-30.csv");
        try (var in = getClass().getResourceAsStream("/jaga/roster/class-roster-30.csv")) {
            Files.copy(in, roster);
        }
        startApp();
        LearnerRobot teacher = new LearnerRobot(this, null);

        // First run: the teacher sets the PIN, then says the computer is for a class at school, and lands
        // on the adult area's learners, where a class list comes in at once, without giving the PIN again.
        pinSetUpAndRecoveryCodeNoted(teacher, "482913");
        teacher.waitFor("#firstUse-school");
        assertThat(teacher.showing("#firstUse-home")).isTrue();
        teacher.press("#firstUse-school");
        teacher.waitFor("#importRoster");
        assertThat(lookup("#adultSection-learners").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        teacher.press("#importRoster");
        files.willChoose(roster); // the teacher picks the file in the file dialog
        teacher.press("#chooseRoster");

        teacher.waitFor("#rosterProblems");
        assertThat(teacher.text("#rosterFine")).isEqualTo("28 rows are ready to import.");
        assertThat(lookup("#rosterProblems").queryAs(VBox.class).getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly("Line 12: the name is empty; type the learner's name, or delete the line",
                        "Line 21 (Ong Jia Hui): \u201CSecondary\u201D is not a band, age or school year Jaga knows;"
                                + " write 7-9, 10-12 or 13-17, the child's age (7 to 17) or the school year"
                                + " (Tahun 1-6, Tingkatan 1-5)");
        assertThat(teacher.text("#rosterBands")).isEqualTo("Age bands: Ages 10-12 (14 rows) \u00B7 Ages 13-17 (14 rows).");
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

        // The class report for a spreadsheet: every learner of 5 Bestari, though none has started.
        teacher.press("#adultSection-family");
        teacher.waitFor("#progressScope");
        ComboBox<ProgressViewModel.Scope> scope = lookup("#progressScope").queryComboBox();
        interact(() -> scope.getSelectionModel().select(scope.getItems().stream()
                .filter(s -> s instanceof ProgressViewModel.Scope.OneClass c && c.name().equals("5 Bestari"))
                .findFirst().orElseThrow()));
        teacher.waitFor("#exportClassCsv");
        Path csv = dataFolder.resolve("5-bestari.csv");
        files.willChoose(csv);
        teacher.press("#exportClassCsv");
        teacher.waitFor("#exportStatus");
        assertThat(teacher.text("#exportStatus")).isEqualTo("Saved: " + csv);
        String report = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFclass,learner_number,learner_name,");
        for (String learner : List.of("Aina Sofea", "Muhammad Danial", "\"Tan, Mei Ling\"", "Arjun a/l Subramaniam",
                "Nur Iman", "Haziq Irfan", "Siti Khadijah", "Lim Wei Jie", "Priya Devi", "Amirul Hakim", "Nurul Ain",
                "Wong Kar Hoe", "Farah Nabila", "Adam Rayyan")) {
            assertThat(report).as(learner).contains("," + learner + ",");
        }
        assertThat(report).doesNotContain("Chong Xin Yi"); // Kelab Komputer, not this class
        // And one row per pupil, as a mark book: a header and a row for each of the 14 learners.
        Path pupils = dataFolder.resolve("5-bestari-pupils.csv");
        files.willChoose(pupils);
        teacher.press("#exportClassPupilsCsv");
        teacher.waitFor("#exportStatus");
        assertThat(teacher.text("#exportStatus")).isEqualTo("Saved: " + pupils);
        List<String> rows = Files.readAllLines(pupils, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("\uFEFFclass,learner_number,learner_name,band,modules_passed,");
        assertThat(rows).hasSize(1 + 14);

        // Projector mode: a grooming chat for the whole room, voted on, revealed, followed to an ending.
        teacher.press("#adultSection-projector");
        teacher.press("#startProjector");
        teacher.press("#projector-open-grooming-10-12");
        teacher.waitFor("#projectorStepOf");
        for (int guard = 0; guard < 40 && !teacher.showing("#option-A"); guard++) {
            type(KeyCode.PAGE_DOWN); // a clicker's forward button
        }
        assertThat(teacher.showing("#option-A")).as("the chat reached the class's first choice").isTrue();
        type(KeyCode.DIGIT1);
        type(KeyCode.DIGIT1);
        type(KeyCode.DIGIT2);
        assertThat(teacher.text("#votes-A")).isEqualTo("2");
        type(KeyCode.R);
        assertThat(teacher.text("#optionVerdict-A")).isEqualTo("A safe reply");
        for (int guard = 0; guard < 40 && !teacher.showing("#projectorEndingTitle"); guard++) {
            if (teacher.showing("#option-A") && lookup("#projectorNext").queryButton().isDisabled()) {
                type(KeyCode.A); // a tie or no votes yet: the teacher says which reply the class chose
            } else {
                type(KeyCode.PAGE_DOWN);
            }
        }
        assertThat(teacher.showing("#projectorEndingTitle")).as("the chat reached an ending").isTrue();
        type(KeyCode.ESCAPE);
        teacher.waitFor("#startProjector");
        assertThat(teacher.showing("#enterPin-pin")).as("back in the adult area, still open").isFalse();
    }
}
