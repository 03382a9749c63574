package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.ui.common.DisplaySettings;
import jaga.ui.common.RememberedPlaces;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings are saved off the JavaFX thread: a child who makes the text bigger and closes Jaga at
 * once, or an adult who picks a class and closes, finds it so next time. Jaga's stop waits for the
 * writing (the file is read here without loading, which would wait too).
 */
class SettingsKeptOnCloseTest {
    @TempDir
    Path data;

    @Test
    void aSettingChangedJustBeforeClosingIsInTheFileWhenJagaHasStopped() throws Exception {
        DisplaySettings display = DisplaySettings.load(data);
        RememberedPlaces places = RememberedPlaces.load(data);
        display.textSizeProperty().set(175);
        display.reducedMotionProperty().set(true);
        places.viewed("class:12");

        new App().stop();

        assertThat(Files.readString(data.resolve(DisplaySettings.FILE))).contains("textSize=175", "reducedMotion=true");
        assertThat(Files.readString(data.resolve(RememberedPlaces.FILE))).contains("progressShows=class\\:12");
    }
}
