package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;

/** What a parent sees when Jaga cannot use its data folder: the plain message, on the start screen. */
class StartupErrorJourneyTest extends JourneyTestBase {

    @Test
    void aProgressFileThatIsAFolderIsExplainedOnTheStartScreen() throws Exception {
        Path file = Files.createDirectory(dataFolder.resolve("jaga.db"));
        startApp();

        LearnerRobot parent = new LearnerRobot(this, module("scams-10-12"));
        parent.waitFor("#startupError");
        assertThat(lookup("#startupError").queryAs(Labeled.class).getText()).isEqualTo("Cannot use the data folder "
                + dataFolder + ": its progress file " + file + " is a folder, not a file. Move that folder somewhere"
                + " else, or choose another data folder with --data-dir or JAGA_DATA_DIR; nothing was changed.");
    }

    @Test
    void aDamagedProgressFileIsExplainedOnTheStartScreenAndLeftAsItWas() throws Exception {
        byte[] damaged = "SQLite format 3\0 but the rest is gone".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dataFolder.resolve("jaga.db"), damaged);
        startApp();

        LearnerRobot parent = new LearnerRobot(this, module("scams-10-12"));
        parent.waitFor("#startupError");
        assertThat(lookup("#startupError").queryAs(Labeled.class).getText()).isEqualTo("The progress file "
                + dataFolder.resolve("jaga.db") + " is damaged or is not a Jaga database. It has been left as it is;"
                + " there is no backup in " + dataFolder.resolve("backups") + ".");
        assertThat(Files.readAllBytes(dataFolder.resolve("jaga.db"))).isEqualTo(damaged);
    }

    @Test
    void onTheFailureScreenTheLanguageButtonSaysItInBahasaMelayuAndTheAdultButtonDoesNothingWrong() throws Exception {
        Files.write(dataFolder.resolve("jaga.db"), "SQLite format 3\0 but the rest is gone".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        java.util.List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e)));
        startApp();

        LearnerRobot parent = new LearnerRobot(this, module("scams-10-12"));
        parent.waitFor("#startupProblem");
        assertThat(lookup("#startupProblem").queryAs(Labeled.class).getText()).startsWith("Jaga's progress file is damaged");
        parent.press("#toggleLanguage");
        assertThat(lookup("#startupProblem").queryAs(Labeled.class).getText())
                .startsWith("Fail kemajuan Jaga rosak, jadi Jaga membiarkannya seperti sedia ada.");
        parent.press("#openAdultArea");

        assertThat(thrown).as("nothing thrown on the JavaFX thread").isEmpty();
        assertThat(parent.showing("#startupProblem")).isTrue();
    }
}
