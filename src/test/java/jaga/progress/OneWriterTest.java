package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneWriterTest {

    @TempDir
    Path folder;

    private Database open() {
        return Database.open(DataDirectory.prepare(folder), Clock.systemUTC());
    }

    @Test
    void aSecondProcessOnTheSameDataFolderIsToldJagaIsAlreadyOpen() throws Exception {
        Process other = ChildJvm.start(HoldOpen.class, folder.toString());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("open " + Database.SCHEMA_VERSION);
            byte[] before = Files.readAllBytes(folder.resolve("jaga.db"));

            assertThatThrownBy(this::open)
                    .isInstanceOf(ProgressException.AlreadyOpen.class)
                    .hasMessageStartingWith("Jaga is already open (data folder " + folder + ")")
                    .hasMessageContaining("nothing was changed");
            assertThat(Files.readAllBytes(folder.resolve("jaga.db"))).isEqualTo(before);

            other.getOutputStream().close(); // let the other Jaga close
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).isZero();
        } finally {
            other.destroyForcibly();
        }
        try (Database database = open()) {
            assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedUntilTheFirstCloses() {
        Database first = open();
        assertThatThrownBy(this::open).isInstanceOf(ProgressException.AlreadyOpen.class);
        first.close();
        open().close();
    }

    @Test
    void aRefusedDatabaseDoesNotKeepTheFolderLocked() throws Exception {
        Files.write(folder.resolve("jaga.db"), "not a database at all".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(this::open).isInstanceOf(ProgressException.Damaged.class);
        Files.delete(folder.resolve("jaga.db"));
        open().close(); // would be AlreadyOpen if the failed open had kept its lock
    }

    @Test
    void restoringIsRefusedWhileJagaIsOpen() throws Exception {
        try (Database database = open()) {
            Path backup = database.backUpNow();
            assertThatThrownBy(() -> Backups.restore(DataDirectory.prepare(folder), backup, Clock.systemUTC()))
                    .isInstanceOf(ProgressException.AlreadyOpen.class);
        }
    }
}
