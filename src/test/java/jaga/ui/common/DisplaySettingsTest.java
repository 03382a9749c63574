package jaga.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** display.properties in a shared data folder: read and saved without following a link someone planted. */
class DisplaySettingsTest {

    @TempDir
    Path data;

    @Test
    void aSettingIsSavedAndReadBack() {
        DisplaySettings.load(data).textSizeProperty().set(150);

        assertThat(DisplaySettings.load(data).textSizeProperty().get()).isEqualTo(150);
    }

    @Test
    void reducedMotionIsRememberedLikeTheOtherDisplaySettings() {
        assertThat(DisplaySettings.load(data).reducedMotionProperty().get()).isFalse();
        DisplaySettings.load(data).reducedMotionProperty().set(true);

        assertThat(DisplaySettings.load(data).reducedMotionProperty().get()).isTrue();
    }

    @Test
    void aLinkWhereTheTemporaryFileGoesIsNotWrittenThrough() throws Exception {
        Path victim = Files.writeString(Files.createDirectories(data.resolveSibling(data.getFileName() + "-teacher"))
                .resolve("notes.txt"), "the teacher's notes");
        Files.createSymbolicLink(data.resolve(DisplaySettings.FILE + ".tmp"), victim);

        DisplaySettings.load(data).highContrastProperty().set(true);

        assertThat(victim).hasContent("the teacher's notes");
        assertThat(Files.isRegularFile(data.resolve(DisplaySettings.FILE), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(DisplaySettings.load(data).highContrastProperty().get()).isTrue();
    }

    @Test
    void aSettingsFileThatIsALinkIsNotReadAndSavingReplacesTheLinkNotItsTarget() throws Exception {
        Path victim = Files.writeString(Files.createDirectories(data.resolveSibling(data.getFileName() + "-other"))
                .resolve("other.properties"), "textSize=200\n");
        Files.createSymbolicLink(data.resolve(DisplaySettings.FILE), victim);

        DisplaySettings settings = DisplaySettings.load(data);
        assertThat(settings.textSizeProperty().get()).isEqualTo(100);
        settings.textSizeProperty().set(125);

        assertThat(victim).hasContent("textSize=200\n");
        assertThat(Files.isSymbolicLink(data.resolve(DisplaySettings.FILE))).isFalse();
    }
}
