package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.QuizRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school with no hub: on PC07 a teacher saves the PC's work to a USB stick from the adult area;
 * on the teacher's own PC they add the whole stick, where a second file was damaged in copying,
 * and find PC07's pupil with her quiz among their own.
 */
class FamilyFilesJourneyTest extends JourneyTestBase {

    @TempDir
    Path usb;

    @TempDir
    Path teachersPc;

    @Test
    void aTeacherSavesOnePcsWorkAndAddsTheWholeStickOnAnother() throws Exception {
        // PC07: Aina has done one quiz there.
        learnerAddedByAnAdult("Aina", "owl", "10-12", "ms");
        quizDoneBy("Aina");
        startApp();
        LearnerRobot teacher = new LearnerRobot(this, null);
        openAdultArea(teacher, "482913");
        teacher.press("#adultSection-files");

        Path saved = usb.resolve("PC07.jaga-progress");
        files.willChoose(saved);
        teacher.press("#saveWork");
        teacher.waitFor("#workSummary");
        assertThat(files.asked()).singleElement().asString().endsWith(".jaga-progress");
        assertThat(teacher.text("#workSummary")).isEqualTo("Saved PC07.jaga-progress: 1 learner, 1 quiz attempt."
                + " Copy it to the other PC and add it there.");
        assertThat(Files.readString(saved)).contains("\"Aina\"").doesNotContain("adult.pin")
                .doesNotContain("adult.recovery");
        Files.writeString(usb.resolve("PC08.jaga-progress"), "{\"format\" : \"jaga-progress\", \"formatVersion\" : 2, \"lear");

        // The teacher's own PC, with its own pupil and its own PIN.
        dataFolder = teachersPc;
        displaySettingsBeforeStart();
        learnerAddedByAnAdult("Ben", "cat", "10-12", "en");
        restartApp();
        openAdultArea(teacher, "135790");
        teacher.press("#adultSection-files");

        files.willChoose(usb);
        teacher.press("#addWorkFolder");
        teacher.waitFor("#workFiles .work-file");
        teacher.waitFor("#saveWork:enabled");
        assertThat(teacher.text("#workSummary")).isEqualTo("Work added from 1 file: 1 new learner, 1 new quiz attempt."
                + " 1 file could not be added; the reason is below.");
        assertThat(lookup("#workFiles .work-file").queryAllAs(Labeled.class)).extracting(Labeled::getText).containsExactly(
                "From PC07: 1 learner (1 new), 1 new quiz attempt.",
                "PC08.jaga-progress: damaged or not complete (perhaps it was not copied fully), so nothing from it was added."
                        + " Save it again on its PC.");

        // Adding the stick again adds nothing.
        files.willChoose(usb);
        teacher.press("#addWorkFolder");
        teacher.waitFor("#saveWork:enabled");
        assertThat(lookup("#workFiles .work-file").queryAllAs(Labeled.class)).extracting(Labeled::getText).first()
                .isEqualTo("From PC07: nothing new. Its learner and their work are already here.");

        // Aina is now among the teacher's pupils, with her quiz.
        teacher.press("#adultSection-family");
        teacher.waitFor("#child-2");
        assertThat(lookup("#child-2").queryAll().stream().anyMatch(node -> node.lookupAll(".label").stream()
                .anyMatch(label -> ((Labeled) label).getText().contains("Aina")))).isTrue();
    }

    private void openAdultArea(LearnerRobot adult, String pin) {
        adult.waitFor("#learner-1");
        adult.press("#openAdultArea");
        pinSetUpAndRecoveryCodeNoted(adult, pin);
        adult.waitFor("#adultSection-files");
    }

    private void quizDoneBy(String name) {
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            long learner = new LearnerRepository(database).named(name).get(0).id();
            QuizRepository quizzes = new QuizRepository(database);
            long attempt = quizzes.startAttempt(learner, "scams-10-12", 1);
            quizzes.recordAnswer(attempt, "q1", "b", 1.0, 4_000L);
            quizzes.finishAttempt(attempt, 100, true);
        }
    }
}
