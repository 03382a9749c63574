package jaga.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
        SettingsWriter.flush();

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
        SettingsWriter.flush();

        assertThat(victim).hasContent("textSize=200\n");
        assertThat(Files.isSymbolicLink(data.resolve(DisplaySettings.FILE))).isFalse();
    }

    @Test
    void manyQuickChangesEndWithTheNewestInTheFileAndEachFileKeepsItsOwn() throws Exception {
        Path other = Files.createDirectories(data.resolveSibling(data.getFileName() + "-lab2"));
        DisplaySettings settings = DisplaySettings.load(data);
        DisplaySettings lab2 = DisplaySettings.load(other);
        for (int size : List.of(125, 150, 175, 200, 150)) { // a child pressing "bigger" and "smaller"
            settings.textSizeProperty().set(size);
            lab2.highContrastProperty().set(!lab2.highContrastProperty().get());
        }
        SettingsWriter.flush();

        assertThat(Files.readString(data.resolve(DisplaySettings.FILE))).contains("textSize=150").contains("highContrast=false");
        assertThat(Files.readString(other.resolve(DisplaySettings.FILE))).contains("highContrast=true").contains("textSize=100");
    }

    @Test
    void aSaveThatFailsIsLoggedOffTheCallersThreadAndNothingIsThrown() throws Exception {
        Files.createDirectories(data.resolve(DisplaySettings.FILE)); // a folder where the file goes: no file can be written
        List<LogRecord> told = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                told.add(record);
            }

            @Override
            public void flush() { }

            @Override
            public void close() { }
        };
        Logger log = Logger.getLogger(DisplaySettings.class.getName());
        log.addHandler(recorder);
        try {
            DisplaySettings settings = DisplaySettings.load(data);
            settings.textSizeProperty().set(200); // returns: nothing thrown to the screen that changed it
            SettingsWriter.flush();
            assertThat(settings.textSizeProperty().get()).as("kept while Jaga runs").isEqualTo(200);
        } finally {
            log.removeHandler(recorder);
        }

        assertThat(told).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).contains("could not save display settings");
            assertThat(record.getThrown()).isNotNull();
            assertThat(record.getLongThreadID()).as("written and logged by the settings writer, not the caller")
                    .isNotEqualTo(Thread.currentThread().getId());
        });
    }
}
