package jaga.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesTheWholeFileAndLeavesNothingBeside() throws IOException {
        Path target = folder.resolve("settings.properties");
        AtomicFiles.write(target, "a=1\n".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "a=2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("a=2\n");
        assertThat(names()).containsExactly("settings.properties");
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("export.json");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }, AtomicFiles.Option.REPLACE_EXISTING)).hasMessage("No space left on device");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names()).containsExactly("export.json");
    }

    @Test
    void withoutReplaceAnExistingFileIsRefusedAndKept() throws IOException {
        Path target = folder.resolve("aina.json");
        Files.writeString(target, "someone's file");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write('x')))
                .isInstanceOf(FileAlreadyExistsException.class);

        assertThat(Files.readString(target)).isEqualTo("someone's file");
        assertThat(names()).containsExactly("aina.json");
    }

    @Test
    void withoutReplaceANewFileIsWritten() throws IOException {
        Path target = folder.resolve("new.json");
        AtomicFiles.write(target, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("{}");
    }

    @Test
    void aWriterMayCloseTheStreamAsJacksonDoes() throws IOException {
        Path target = folder.resolve("closed.json");
        AtomicFiles.write(target, out -> {
            out.write("[1]".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertThat(Files.readString(target)).isEqualTo("[1]");
    }

    @Test
    void aFolderIsNeverReplaced() throws IOException {
        Path target = Files.createDirectory(folder.resolve("reports"));

        assertThatThrownBy(() -> AtomicFiles.write(target, "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("is a folder");

        assertThat(target).isDirectory();
        assertThat(names()).containsExactly("reports");
    }

    @Test
    // POSIX permissions: the tests run on Linux (.ci/run); on Windows this fails loudly rather than skipping.
    void aFileToShareIsReadableByOthersAndASettingsFileIsNot() throws IOException {
        Path report = folder.resolve("report.pdf");
        Path settings = folder.resolve("display.properties");
        AtomicFiles.write(report, out -> out.write('%'), AtomicFiles.Option.READABLE_BY_OTHERS);
        AtomicFiles.write(settings, "x".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(report)).contains(PosixFilePermission.OTHERS_READ);
        assertThat(Files.getPosixFilePermissions(settings)).doesNotContain(PosixFilePermission.OTHERS_READ);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
