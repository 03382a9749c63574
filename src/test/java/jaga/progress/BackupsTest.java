package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private DataDirectory data;

    @BeforeEach
    void aFamily() {
        data = DataDirectory.prepare(folder.resolve("data"));
        try (Database database = Database.open(data, clock)) {
            new LearnerRepository(database).create("Aina", "owl", Band.AGES_10_12, Language.MS);
        }
    }

    @Test
    void backingUpTwiceInTheSameSecondKeepsBoth() {
        try (Database database = Database.open(data, clock)) {
            Path first = database.backUpNow();
            Path second = database.backUpNow();
            assertThat(first.getFileName()).hasToString("jaga-20261122-080000-v" + Database.SCHEMA_VERSION + "-manual.db");
            assertThat(second).isNotEqualTo(first).exists();
            assertThat(first).exists();
        }
    }

    @Test
    void restoringBringsBackTheBackupAndSavesTheCurrentFileFirst() throws Exception {
        Path backup;
        try (Database database = Database.open(data, clock)) {
            backup = database.backUpNow();
            new LearnerRepository(database).create("Danial", "cat", Band.AGES_13_17, Language.EN);
        }

        Backups.RestoreResult result = Backups.restore(data, backup, clock);

        try (Database database = Database.open(data, clock)) {
            assertThat(new LearnerRepository(database).active()).extracting(Learner::displayName).containsExactly("Aina");
        }
        assertThat(result.previousSavedAs()).exists();
        assertThat(MigrationTest.query(result.previousSavedAs(), "SELECT group_concat(display_name) FROM learner"))
                .isEqualTo("Aina,Danial");
    }

    @Test
    void aFileThatIsNotAJagaDatabaseIsNotRestoredAndNothingChanges() throws Exception {
        Path otherApp = folder.resolve("recipes.db");
        MigrationTest.execute(otherApp, List.of("CREATE TABLE recipe (name TEXT)"));
        Path garbage = Files.writeString(folder.resolve("garbage.db"), "rice, eggs".repeat(500));
        Path newer = folder.resolve("newer.db");
        Files.copy(data.database(), newer);
        DatabaseTestSupport.setUserVersion(newer, Database.SCHEMA_VERSION + 1);
        byte[] before = Files.readAllBytes(data.database());

        assertThatThrownBy(() -> Backups.restore(data, otherApp, clock))
                .isInstanceOf(ProgressException.UnusableFile.class).hasMessageContaining("is not a Jaga progress file");
        assertThatThrownBy(() -> Backups.restore(data, garbage, clock)).isInstanceOf(ProgressException.Damaged.class);
        assertThatThrownBy(() -> Backups.restore(data, newer, clock)).isInstanceOf(ProgressException.TooNew.class);

        assertThat(Files.readAllBytes(data.database())).isEqualTo(before);
        assertThat(Backups.list(data)).isEmpty();
        try (var files = Files.list(data.root())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".jaga-restore"));
        }
    }

    @Test
    void aBackupFromAnOlderJagaIsUpgradedBeforeItReplacesAnything() throws Exception {
        Path older = folder.resolve("older").resolve("jaga.db");
        DataDirectory olderData = DataDirectory.prepare(older.getParent());
        Database.createAtVersion(olderData, 1, clock);
        MigrationTest.execute(older, MigrationTest.PROGRESS_AT_VERSION.get(1));

        Backups.RestoreResult result = Backups.restore(data, older, clock);

        assertThat(result.version()).isEqualTo(1);
        assertThat(MigrationTest.query(data.database(), "PRAGMA user_version")).isEqualTo(Integer.toString(Database.SCHEMA_VERSION));
        assertThat(MigrationTest.query(data.database(), "SELECT COUNT(*) FROM quiz_answer")).isEqualTo("2");
        assertThat(MigrationTest.query(older, "PRAGMA user_version")).as("the backup itself is left as it was").isEqualTo("1");
        try (var files = Files.list(data.root())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".jaga-restore"));
        }
    }
}
