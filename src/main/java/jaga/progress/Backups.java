package jaga.progress;

import jaga.files.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

    /** Where a restore has got to, in order: what a process killed at that moment leaves behind is told apart by these. */
    static final String STAGED = "staged";
    /** The current file's WAL checkpointed into it (or, if SQLite cannot open it, left for the saved copy). */
    static final String FOLDED = "folded";
    /** The current file copied to backups/jaga-&lt;time&gt;-before-restore.db and flushed to disk. */
    static final String SAVED = "saved";
    /** The checked copy renamed over jaga.db: the one moment the folder goes from the old progress to the backup. */
    static final String REPLACED = "replaced";
    static final List<String> RESTORE_STEPS = List.of(STAGED, FOLDED, SAVED, REPLACED);

    /**
     * Replaces the data folder's database with {@code source} (a backup, or a jaga.db from another
     * computer), as one step that a crash or a kill at any moment leaves either not done or done:
     *
     * <ol>
     * <li>the source is checked (version, SQLite's integrity_check) and copied through SQLite into a
     * new file beside jaga.db, checked to be Jaga's, upgraded to this Jaga's version, made a single
     * file (no WAL), checked again and flushed to disk;</li>
     * <li>the current file's write-ahead log is checkpointed into it, so jaga.db alone holds every
     * answer saved (a learner saved only in the WAL used to be lost when a restore was cut short);</li>
     * <li>the current file is copied to {@code backups/jaga-<time>-before-restore.db} and flushed;</li>
     * <li>the new file is renamed over jaga.db, which the system does whole or not at all.</li>
     * </ol>
     *
     * A failure before the rename leaves the progress as it was and says "The current progress file
     * was not replaced"; nothing can fail after it. Needs the data folder not to be open elsewhere.
     */
    public static RestoreResult restore(DataDirectory dataDirectory, Path source, Clock clock) {
        return restore(dataDirectory, source, clock, step -> { });
    }

    /** As {@link #restore(DataDirectory, Path, Clock)}, telling {@code reached} each step of {@link #RESTORE_STEPS} done. */
    static RestoreResult restore(DataDirectory dataDirectory, Path source, Clock clock, Consumer<String> reached) {
        Path from = source.toAbsolutePath();
        if (!Files.isRegularFile(from)) {
            throw new ProgressException.UnusableFile("file.missing", "There is no file " + from + " to restore from.", null);
        }
        try (WriterLock lock = WriterLock.acquire(dataDirectory)) {
            dataDirectory.refuseLinks();
            Path database = dataDirectory.database();
            if (Files.exists(database) && sameFile(from, database)) {
                throw new ProgressException.UnusableFile("file.isTheProgressFile", from + " is the progress file itself; choose a backup.", null);
            }
            int version = Database.inspectWithoutWriting(from);
            Path staged = null;
            Path savedCurrent = null;
            try {
                staged = stage(dataDirectory, from, clock);
                reached.accept(STAGED);
                if (Files.exists(database)) {
                    boolean folded = foldLog(database);
                    reached.accept(FOLDED);
                    savedCurrent = saveCurrent(dataDirectory, clock, !folded);
                    reached.accept(SAVED);
                    if (!folded) {
                        // SQLite could not open the file to fold its log in; the saved copy has both. A log
                        // left beside the restored file would be replayed into it, so it goes first.
                        Files.deleteIfExists(sidecar(database, "-wal"));
                    }
                }
                Files.move(staged, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                staged = null;
                AtomicFiles.flushFolder(dataDirectory.root());
                reached.accept(REPLACED);
                return new RestoreResult(from, version, savedCurrent);
            } catch (IOException e) {
                throw notReplaced(from, DataTransfer.plain(e), savedCurrent, e);
            } catch (ProgressException.UnusableFile | ProgressException.Damaged | ProgressException.TooNew e) {
                throw e; // a refused backup: each says nothing was restored
            } catch (ProgressException e) {
                throw notReplaced(from, e.getMessage(), savedCurrent, e);
            } finally {
                if (staged != null) {
                    deleteQuietly(staged);
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static ProgressException notReplaced(Path from, String why, Path savedCurrent, Exception cause) {
        String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
        return new ProgressException("progress.notRestored", "Could not restore " + from + ": " + reason + ". The current progress file was not"
                + " replaced" + (savedCurrent == null ? "" : " (a copy of it was saved as " + savedCurrent + ")") + ".",
                cause);
    }

    /**
     * A checked single-file copy of {@code from} at this Jaga's version, beside jaga.db (so that the
     * last step is a rename within one folder), flushed to disk.
     */
    private static Path stage(DataDirectory dataDirectory, Path from, Clock clock) throws IOException {
        Path staged = Files.createTempFile(dataDirectory.realRoot(), ".jaga-restore", ".db");
        try {
            copyThroughSqlite(from.toRealPath(), staged);
            requireJagaTables(from, staged);
            try {
                Database.upgradeCopy(staged, clock);
            } catch (ProgressException e) {
                throw new ProgressException("it could not be brought up to this Jaga's version (" + e.getMessage() + ")", e);
            }
            Database.inspectWithoutWriting(staged);
            try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                channel.force(true);
            }
            return staged;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staged);
            throw e;
        }
    }

    /** A consistent single-file copy of {@code from}, including anything in its WAL, made read-only. */
    private static void copyThroughSqlite(Path from, Path to) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        java.util.Properties properties = config.toProperties();
        // No links followed: the copy's name is in the data folder, where anyone in a lab can write.
        properties.setProperty("open_mode", Integer.toString(config.getOpenModeFlags() | 0x01000000));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + from, properties);
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
                throw new ProgressException.UnusableFile("file.notABackup", "The file " + from + " is not a Jaga progress file;"
                        + " nothing was restored.", null);
            }
        } catch (SQLException e) {
            throw Database.explain("check the backup " + from, copy, e);
        }
    }

    /**
     * Checkpoints the current file's write-ahead log into it and empties the log, so the file alone
     * holds every answer saved. False if SQLite cannot do it (a damaged file): its log is then copied
     * with it.
     */
    private static boolean foldLog(Path database) {
        try (Connection connection = Database.plainConnection(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            boolean complete = rows.next() && rows.getInt(1) == 0;
            Path wal = sidecar(database, "-wal");
            return complete && (!Files.exists(wal) || Files.size(wal) == 0);
        } catch (SQLException | IOException | ProgressException e) {
            return false;
        }
    }

    /** Copies the current database (with its WAL when it could not be folded in), and flushes the copies to disk. */
    private static Path saveCurrent(DataDirectory dataDirectory, Clock clock, boolean withLog) throws IOException {
        Path database = dataDirectory.database();
        Path backups = dataDirectory.backups();
        if (Files.isSymbolicLink(backups)) {
            throw DataDirectory.linked(dataDirectory.root(), backups);
        }
        Files.createDirectories(backups);
        Path target = DatabaseBackups.uniqueName(backups, DatabaseBackups.stamp(clock), "-before-restore.db");
        copyAndFlush(database, target);
        Path wal = sidecar(database, "-wal");
        if (withLog && Files.exists(wal)) {
            copyAndFlush(wal, sidecar(target, "-wal"));
        }
        AtomicFiles.flushFolder(backups);
        return target;
    }

    private static void copyAndFlush(Path from, Path to) throws IOException {
        Files.copy(from, to); // refuses an existing name, a link included
        try (FileChannel channel = FileChannel.open(to, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path staged) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(staged.resolveSibling(staged.getFileName() + suffix));
            } catch (IOException ignored) {
                // a hidden leftover is harmless; what failed is what the adult needs to hear
            }
        }
    }

    private static Path sidecar(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    /** Where the restored data came from, its schema version, and where the replaced file was saved (or null). */
    public record RestoreResult(Path restoredFrom, int version, Path previousSavedAs) {}
}
