package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/siti");

    @Test
    void theOptionWinsOverTheEnvironment() {
        Path chosen = DataDirectory.choose(Optional.of(Path.of("/srv/jaga")), Map.of("JAGA_DATA_DIR", "/elsewhere"),
                "Linux", HOME);
        assertThat(chosen).isEqualTo(Path.of("/srv/jaga"));
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        assertThat(DataDirectory.choose(Optional.empty(), Map.of("JAGA_DATA_DIR", "/classroom/jaga"), "Linux", HOME))
                .isEqualTo(Path.of("/classroom/jaga"));
    }

    @Test
    void linuxFollowsXdgThenFallsBackToLocalShare() {
        assertThat(DataDirectory.choose(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/siti"), "Linux", HOME))
                .isEqualTo(Path.of("/data/siti/jaga"));
        assertThat(DataDirectory.choose(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/jaga"));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertThat(DataDirectory.choose(Optional.empty(), Map.of("APPDATA", "/c/Users/siti/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/siti/AppData/Roaming/Jaga"));
        assertThat(DataDirectory.choose(Optional.empty(), Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Jaga"));
    }

    @Test
    void aMissingFolderIsCreated(@TempDir Path temp) {
        DataDirectory data = DataDirectory.prepare(temp.resolve("a/b/jaga"));
        assertThat(data.root()).isDirectory();
        assertThat(data.database()).isEqualTo(temp.resolve("a/b/jaga/jaga.db"));
    }

    @Test
    void aFolderThatCannotBeCreatedGetsAPlainMessage(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "a file, not a folder");

        assertThatThrownBy(() -> DataDirectory.prepare(file.resolve("jaga")))
                .isInstanceOf(ProgressException.DataDirectoryUnusable.class)
                .hasMessage("Cannot use the data folder " + file.resolve("jaga")
                        + ": it cannot be created. Choose another with --data-dir or JAGA_DATA_DIR.");
        assertThatThrownBy(() -> DataDirectory.prepare(file))
                .hasMessageContaining("it is a file, not a folder");
    }
}
