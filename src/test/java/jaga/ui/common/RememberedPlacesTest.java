package jaga.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where file dialogs open and what the progress page shows first, remembered on this computer. */
class RememberedPlacesTest {
    @TempDir
    Path temp;

    @Test
    void aDialogOpensInTheFolderOfTheLastFileChosenEvenAfterARestart() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path home = Files.createDirectories(temp.resolve("home"));
        Path reports = Files.createDirectories(home.resolve("Reports 2026"));

        RememberedPlaces places = RememberedPlaces.load(data);
        assertThat(FileDialogs.startFolder(places, home)).as("nothing chosen yet: home, never Jaga's folder")
                .isEqualTo(home);
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertThat(FileDialogs.startFolder(places, home)).isEqualTo(documents);

        places.fileChosen(reports.resolve("5-amanah.pdf"));
        assertThat(FileDialogs.startFolder(places, home)).isEqualTo(reports);
        assertThat(FileDialogs.startFolder(RememberedPlaces.load(data), home)).as("the next run").isEqualTo(reports);

        Files.delete(reports);
        assertThat(FileDialogs.startFolder(RememberedPlaces.load(data), home)).as("a folder gone since")
                .isEqualTo(documents);
    }

    @Test
    void aMalayDesktopsDocumentsFolderIsUsedToo() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path dokumen = Files.createDirectories(home.resolve("Dokumen"));

        assertThat(FileDialogs.startFolder(RememberedPlaces.inMemory(), home)).isEqualTo(dokumen);
    }

    @Test
    void whatTheProgressPageShowedIsKeptAndAnUnreadableFileIsNoTrouble() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        RememberedPlaces.load(data).viewed("class:7");
        assertThat(RememberedPlaces.load(data).lastView()).contains("class:7");

        Files.write(data.resolve(RememberedPlaces.FILE), new byte[] {'a', '=', '\\', 'u', 'z', 'z'});
        assertThat(RememberedPlaces.load(data).lastView()).isEmpty();
        assertThat(RememberedPlaces.inMemory().lastFolder()).isEmpty();
    }
}
