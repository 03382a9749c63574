package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * A teacher's own module with a typing mistake is left out, and the adult area says which file,
 * where in it and why, while the parent guides read in both languages.
 */
class AdultContentJourneyTest extends JourneyTestBase {

    @Test
    void aBrokenModuleIsListedWithItsLineAndTheGuidesReadInBothLanguages() throws Exception {
        Path broken = dataFolder.resolve("modules/my-quiz/module.json");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "{\n  \"formatVersion\": 2,\n  \"id\": \"my-quiz\",\n  \"version\": 1\n  \"topic\": \"scams\"\n}\n");
        startApp();
        LearnerRobot adult = new LearnerRobot(this, null);

        adult.waitFor("#setUpPin-pin");
        adult.press("#openAdultArea");
        adult.waitFor("#setUpPin-pin");
        clickOn("#setUpPin-pin").write("482913");
        clickOn("#setUpPin-again").write("482913");
        adult.press("#setUpPin-continue");
        adult.press("#recoveryNoted");

        adult.press("#adultSection-content");
        adult.waitFor("#brokenModules");
        assertThat(adult.text("#contentLoaded")).isEqualTo("32 modules ready (24 for children); 1 left out.");
        VBox card = (VBox) lookup("#brokenModules").queryAs(VBox.class).getChildren().get(0);
        assertThat(((Label) card.getChildren().get(0)).getText()).endsWith("my-quiz" + java.io.File.separator + "module.json");
        assertThat(((Label) card.getChildren().get(1)).getText()).contains("module.json:5:");

        adult.press("#adultSection-guides");
        adult.waitFor("#conversationStarters");
        assertThat(lookup("#guideReader .card-title").queryAs(Label.class).getText()).isEqualTo("Grooming: a guide for parents");
        adult.press("#toggleLanguage");
        adult.waitFor("#conversationStarters");
        assertThat(lookup("#guideReader .card-title").queryAs(Label.class).getText()).doesNotContain("a guide for parents");
    }
}
