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
        assertThat(family(robot)).isEqualTo("Noto Sans CJK SC");

        robot.interact(() -> name.setText("Priya a/p Ganesan பிரியா"));
        assertThat(family(robot)).isEqualTo("Noto Sans Tamil");

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

    private String family(FxRobot robot) {
        robot.interact(() -> name.applyCss());
        WaitForAsyncUtils.waitForFxEvents();
        return name.getFont().getFamily();
    }
}
