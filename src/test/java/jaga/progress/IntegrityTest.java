package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import jaga.testing.FolderHashes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outside tester's case: a progress file whose index was damaged passed the start-up check
 * (SQLite's quick_check, which looks at each page but not at whether an index matches its table)
 * and was written to. The full integrity_check now runs when the file is opened, before an upgrade
 * and so before an import, and on a backup before it is restored; a damaged file is left as it was.
 */
class IntegrityTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private DataDirectory twoLearners() {
        DataDirectory data = DataDirectory.prepare(folder.resolve("data"));
        try (Database database = Database.open(data, clock)) {
            new LearnerRepository(database).create("Aina", "owl", Band.AGES_10_12, Language.MS);
            new LearnerRepository(database).create("Danial", "cat", Band.AGES_13_17, Language.EN);
        }
        return data;
    }

    @Test
    void theDamageIsOneQuickCheckMisses() throws Exception {
        DataDirectory data = twoLearners();
        DamagedIndex.damage(data.database());

        assertThat(DamagedIndex.check(data.database(), "quick_check")).isEqualTo("ok");
        assertThat(DamagedIndex.check(data.database(), "integrity_check")).contains("learner_by_uid");
    }

    @Test
    void aDamagedIndexIsFoundWhenTheFileIsOpenedAndNothingIsWritten() throws Exception {
        DataDirectory data = twoLearners();
        DamagedIndex.damage(data.database());
        Map<String, String> before = FolderHashes.of(data.root());

        assertThatThrownBy(() -> Database.open(data, clock)).isInstanceOf(ProgressException.Damaged.class)
                .hasMessageContaining("is damaged").hasMessageContaining("left as it is");

        assertThat(FolderHashes.of(data.root())).isEqualTo(before);
    }

    @Test
    void aDamagedIndexIsFoundBeforeAnUpgradeAndNoUpgradeBackupIsMade() throws Exception {
        DataDirectory data = DataDirectory.prepare(folder.resolve("data"));
        Database.createAtVersion(data, 3, clock);
        MigrationTest.execute(data.database(), MigrationTest.PROGRESS_AT_VERSION.get(3));
        DamagedIndex.damage(data.database());
        Map<String, String> before = FolderHashes.of(data.root());

        assertThatThrownBy(() -> Database.open(data, clock)).isInstanceOf(ProgressException.Damaged.class);

        assertThat(FolderHashes.of(data.root())).isEqualTo(before);
        assertThat(MigrationTest.query(data.database(), "PRAGMA user_version")).isEqualTo("3");
    }

    @Test
    void aBackupWithADamagedIndexIsNotRestored() throws Exception {
        DataDirectory data = twoLearners();
        Path backup;
        try (Database database = Database.open(data, clock)) {
            backup = database.backUpNow();
        }
        DamagedIndex.damage(backup);
        Map<String, String> before = FolderHashes.of(data.root());

        assertThatThrownBy(() -> Backups.restore(data, backup, clock)).isInstanceOf(ProgressException.Damaged.class)
                .hasMessageContaining(backup.toString());

        assertThat(FolderHashes.of(data.root())).isEqualTo(before);
        assertThat(Files.exists(data.backups().resolve("jaga-20261122-080000-before-restore.db"))).isFalse();
    }
}
