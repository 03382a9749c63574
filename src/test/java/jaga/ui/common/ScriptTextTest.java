package jaga.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Chinese and Tamil names are drawn in the fonts Jaga ships, whatever the computer has. */
@ExtendWith(ApplicationExtension.class)
class ScriptTextTest {
    private Label name;

    @Start
    void start(Stage stage) {
        name = ScriptText.names(new Label("Aina"));
        Scene scene = new Scene(new VBox(name), 400, 100);
        scene.getStylesheets().add(ScriptText.class.getResource("/jaga/ui/theme/jaga.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNameTakesTheShippedFontOfItsScriptAndGivesItBackWhenTheNameChanges(FxRobot robot) {
        assertThat(family(robot)).isNotIn("Noto Sans CJK SC", "Noto Sans Tamil");

        robot.interact(() -> name.setText("陈伟明"));
        assertThat(familyOnceRead(robot, "Noto Sans CJK SC")).isEqualTo("Noto Sans CJK SC");
        assertThat(ScriptText.LOADED_ON.get(ScriptText.HAN)).as("the 5 MB font is read off the JavaFX thread")
                .isEqualTo("jaga-script-fonts");

        robot.interact(() -> name.setText("Priya a/p Ganesan பிரியா"));
        assertThat(familyOnceRead(robot, "Noto Sans Tamil")).isEqualTo("Noto Sans Tamil");
        assertThat(ScriptText.LOADED_ON.get(ScriptText.TAMIL)).isEqualTo("jaga-script-fonts");

        robot.interact(() -> name.setText("Nur Aisyah"));
        assertThat(family(robot)).isNotIn("Noto Sans CJK SC", "Noto Sans Tamil");
    }

    @Test
    void theFirstChineseOrTamilLetterDecides() {
        assertThat(ScriptText.styleFor("Tan 陈 Kumar குமார்")).isEqualTo(ScriptText.HAN);
        assertThat(ScriptText.styleFor("குமார் 陈")).isEqualTo(ScriptText.TAMIL);
        assertThat(ScriptText.styleFor("Siti Nurhaliza binti Tarudin")).isNull();
        assertThat(ScriptText.styleFor(null)).isNull();
    }

    /** The label's family once its script's font has been read (on its own thread), or as it is after 10 s. */
    private String familyOnceRead(FxRobot robot, String expected) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> family(robot).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion that follows says what the family is
        }
        return family(robot);
    }

    private String family(FxRobot robot) {
        robot.interact(() -> name.applyCss());
        WaitForAsyncUtils.waitForFxEvents();
        return name.getFont().getFamily();
    }
}
