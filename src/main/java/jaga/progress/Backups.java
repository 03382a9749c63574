package jaga.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Backups in the data folder's backups/ and restoring one. Restoring never loses the current file. */
public final class Backups {
    private Backups() {}

    /** The backups in the folder, newest first. */
    public static List<Path> list(DataDirectory dataDirectory) {
        Path folder = dataDirectory.backups();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> backups = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("jaga-.*\\.db"))
                    .sorted().toList());
            java.util.Collections.reverse(backups);
            return backups;
        } catch (IOException e) {
            throw new ProgressException("Could not list the backups in " + folder + ": " + DataTransfer.plain(e), e);
        }
    }

    /**
     * Replaces the data folder's database with {@code source} (a backup, or a jaga.db from another
     * computer). The source is checked first; the current database, if any, is first copied to
     * {@code backups/jaga-<time>-before-restore.db} exactly as it is (with its -wal file), so
     * nothing is overwritten silently. Needs the data folder not to be open elsewhere.
     */
    public static RestoreResult restore(DataDirectory dataDirectory, Path source, Clock clock) {
        Path from = source.toAbsolutePath();
        if (!Files.isRegularFile(from)) {
            throw new ProgressException.UnusableFile("There is no file " + from + " to restore from.", null);
        }
        try (WriterLock lock = WriterLock.acquire(dataDirectory)) {
            Path database = dataDirectory.database();
            if (Files.exists(database) && Files.isSameFile(from, database)) {
                throw new ProgressException.UnusableFile(from + " is the progress file itself; choose a backup.", null);
            }
            int version = Database.inspectWithoutWriting(from);
            Path staged = Files.createTempFile(dataDirectory.root(), ".jaga-restore", ".db");
            try {
                Files.delete(staged); // VACUUM INTO wants to create the file itself
                copyThroughSqlite(from, staged);
                requireJagaTables(from, staged);

                Path savedCurrent = null;
                if (Files.exists(database)) {
                    savedCurrent = saveCurrent(dataDirectory, clock);
                }
                Files.deleteIfExists(sidecar(database, "-wal"));
                Files.deleteIfExists(sidecar(database, "-shm"));
                Files.move(staged, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new RestoreResult(from, version, savedCurrent);
            } finally {
                Files.deleteIfExists(staged);
            }
        } catch (IOException e) {
            throw new ProgressException("Could not restore " + from + ": " + DataTransfer.plain(e)
                    + ". The current progress file was not replaced.", e);
        }
    }

    /** A consistent single-file copy of {@code from}, including anything in its WAL, made read-only. */
    private static void copyThroughSqlite(Path from, Path to) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + from, config.toProperties());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("VACUUM INTO '" + to.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw Database.explain("copy the backup " + from, to, e);
        }
    }

    private static void requireJagaTables(Path from, Path copy) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('learner', 'quiz_answer')")) {
            if (rows.getInt(1) != 2) {
                throw new ProgressException.UnusableFile("The file " + from + " is not a Jaga progress file;"
                        + " nothing was restored.", null);
            }
        } catch (SQLException e) {
            throw Database.explain("check the backup " + from, copy, e);
        }
    }

    /** Copies the current database byte for byte (with its WAL, which holds recent answers). */
    private static Path saveCurrent(DataDirectory dataDirectory, Clock clock) throws IOException {
        Path database = dataDirectory.database();
        Files.createDirectories(dataDirectory.backups());
        Path target = Database.uniqueBackupName(dataDirectory.backups(), Database.backupStamp(clock), "-before-restore.db");
        Files.copy(database, target);
        Path wal = sidecar(database, "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, sidecar(target, "-wal"));
        }
        return target;
    }

    private static Path sidecar(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    /** Where the restored data came from, its schema version, and where the replaced file was saved (or null). */
    public record RestoreResult(Path restoredFrom, int version, Path previousSavedAs) {}
}
