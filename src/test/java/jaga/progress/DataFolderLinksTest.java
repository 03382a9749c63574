package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab's shared data folder: anyone in the lab can write there, so anyone can replace one of
 * Jaga's files with a link to a file of the teacher's. Jaga never opens its own files through a
 * link: it refuses, names the link, and the file it points to is left exactly as it was.
 */
class DataFolderLinksTest {

    @TempDir
    Path temp;

    private Path data;
    private Path outside;
    private Path victim;

    @BeforeEach
    void aDataFolderInUseAndAFileOfSomeoneElse() throws Exception {
        data = temp.resolve("data");
        try (Database database = Database.open(DataDirectory.prepare(data), Clock.systemUTC())) {
            new LearnerRepository(database).create("Aina", "owl", Band.AGES_10_12, Language.MS);
        }
        outside = Files.createDirectories(temp.resolve("teacher"));
        victim = Files.writeString(outside.resolve("marks.txt"), "the teacher's marks, not Jaga's");
    }

    private Database open() {
        return Database.open(DataDirectory.prepare(data), Clock.systemUTC());
    }

    private void link(String name, Path target) throws Exception {
        Files.deleteIfExists(data.resolve(name));
        Files.createSymbolicLink(data.resolve(name), target);
    }

    /** The outside tester's case: Jaga truncated the link's target and wrote its process id into it. */
    @Test
    void aLockFileThatIsALinkIsRefusedAndItsTargetIsNotTouched() throws Exception {
        link("jaga.lock", victim);

        assertThatThrownBy(this::open).isInstanceOf(ProgressException.DataDirectoryUnusable.class)
                .hasMessageContaining("jaga.lock").hasMessageContaining("is a link")
                .hasMessageContaining("nothing was changed");
        assertThat(victim).hasContent("the teacher's marks, not Jaga's");
    }

    @Test
    void aLockFileLinkedToAFileNotThereYetCreatesNothingThere() throws Exception {
        Path wouldBeMade = outside.resolve("made-by-jaga");
        link("jaga.lock", wouldBeMade);

        assertThatThrownBy(this::open).isInstanceOf(ProgressException.DataDirectoryUnusable.class)
                .hasMessageContaining("jaga.lock");
        assertThat(wouldBeMade).doesNotExist();
        assertThat(Files.isSymbolicLink(data.resolve("jaga.lock"))).isTrue();
    }

    @Test
    void aLockFileWithASecondNameElsewhereIsNotWrittenThrough() throws Exception {
        Files.delete(data.resolve("jaga.lock"));
        Files.createLink(data.resolve("jaga.lock"), victim);

        assertThatThrownBy(this::open).isInstanceOf(ProgressException.DataDirectoryUnusable.class)
                .hasMessageContaining("jaga.lock");
        assertThat(victim).hasContent("the teacher's marks, not Jaga's");
    }

    @Test
    void aProgressFileThatIsALinkIsRefusedAndTheFileItPointsToIsUnchanged() throws Exception {
        Path other = outside.resolve("other.db");
        Files.move(data.resolve("jaga.db"), other);
        byte[] before = Files.readAllBytes(other);
        link("jaga.db", other);

        assertThatThrownBy(this::open).isInstanceOf(ProgressException.DataDirectoryUnusable.class)
                .hasMessageContaining("jaga.db").hasMessageContaining("is a link");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(Files.exists(outside.resolve("other.db-wal"))).isFalse();
    }

    @Test
    void aWriteAheadLogThatIsALinkIsRefusedWithWordsNotSqliteCodes() throws Exception {
        link("jaga.db-wal", victim);

        assertThatThrownBy(this::open).isInstanceOf(ProgressException.DataDirectoryUnusable.class)
                .hasMessageContaining("jaga.db-wal").hasMessageContaining("is a link")
                .hasMessageNotContaining("SQLITE");
        assertThat(victim).hasContent("the teacher's marks, not Jaga's");
    }

    @Test
    void aBackupsFolderThatIsALinkGetsNoBackup() throws Exception {
        Path elsewhere = Files.createDirectories(outside.resolve("elsewhere"));
        link("backups", elsewhere);
        assertThatThrownBy(this::open).isInstanceOf(ProgressException.DataDirectoryUnusable.class)
                .hasMessageContaining("backups in it is a link");

        Files.delete(data.resolve("backups"));
        try (Database database = open()) {
            link("backups", elsewhere); // made while Jaga is open
            assertThatThrownBy(database::backUpNow).isInstanceOf(ProgressException.class)
                    .hasMessageContaining("backups").hasMessageContaining("is a link");
        }
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aBackupNameTakenByALinkIsSkippedNotWrittenThrough() throws Exception {
        Path backups = Files.createDirectories(data.resolve("backups"));
        Clock clock = Clock.fixed(java.time.Instant.parse("2026-11-22T08:00:00Z"), java.time.ZoneOffset.UTC);
        Path planted = backups.resolve("jaga-20261122-080000-v" + Database.SCHEMA_VERSION + "-manual.db");
        Path wouldBeMade = outside.resolve("made-by-jaga.db");
        Files.createSymbolicLink(planted, wouldBeMade);

        try (Database database = Database.open(DataDirectory.prepare(data), clock)) {
            Path made = database.backUpNow();
            assertThat(made).isNotEqualTo(planted);
            assertThat(Files.isRegularFile(made, LinkOption.NOFOLLOW_LINKS)).isTrue();
        }
        assertThat(wouldBeMade).doesNotExist();
    }

    @Test
    void aDataFolderReachedThroughALinkedParentStillOpens() throws Exception {
        Path linkedParent = temp.resolve("via-link");
        Files.createSymbolicLink(linkedParent, temp);

        try (Database database = Database.open(DataDirectory.prepare(linkedParent.resolve("data")), Clock.systemUTC())) {
            assertThat(new LearnerRepository(database).active()).hasSize(1);
            assertThat(database.backUpNow()).exists();
        }
    }
}
