package jaga.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Looks at a progress file before anything writes to it: its version (a file from a newer Jaga is
 * refused) and SQLite's full integrity check, through a read-only connection, so a refused file is
 * left exactly as it was.
 */
final class DatabaseInspection {
    private DatabaseInspection() {}

    /**
     * Reads the version and checks integrity (SQLite's full integrity_check) through a read-only
     * connection, so that a file from a newer Jaga or a damaged one stays byte-for-byte as it was.
     */
    static int withoutWriting(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        boolean walExisted = Files.exists(wal);
        boolean shmExisted = Files.exists(shm);
        try {
            return inspect(file);
        } catch (ProgressException.TooNew | ProgressException.Damaged refused) {
            // SQLite makes an empty WAL and its index even to read; a refused file is left exactly as it was.
            removeIfMadeHere(wal, walExisted, true);
            removeIfMadeHere(shm, shmExisted, false);
            throw refused;
        }
    }

    private static void removeIfMadeHere(Path file, boolean existedBefore, boolean onlyIfEmpty) {
        try {
            if (!existedBefore && Files.exists(file) && (!onlyIfEmpty || Files.size(file) == 0)) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // an empty leftover is harmless; the refusal is what the user needs to hear about
        }
    }

    private static int inspect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection readOnly = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement statement = readOnly.createStatement()) {
            int version;
            try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
                version = rows.getInt(1);
            }
            if (version > Database.SCHEMA_VERSION) {
                throw new ProgressException.TooNew("The progress file " + file + " was made by a newer version of Jaga"
                        + " (database version " + version + ", this Jaga knows up to " + Database.SCHEMA_VERSION
                        + "). Update Jaga to open it; the file has not been changed.");
            }
            // The full check, not quick_check: that one looks at each page but not at whether an index
            // still matches its table, so a file with a damaged index passed and was written to. This
            // runs on every open, so before every upgrade, import and restore; its cost is in
            // docs/performance.md (about 10 ms for a class, 0.4 s for a 1,000-learner school).
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check(1)")) {
                String result = rows.next() ? rows.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw damaged(file, null);
                }
            }
            return version;
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == 5 || code == 6) {
                // SQLITE_BUSY or SQLITE_LOCKED: another program holds the file, which is not damage.
                throw new ProgressException("progress.busy", "The progress file " + file + " is being used by another program (a"
                        + " database viewer or a backup tool, perhaps). Close that program and open Jaga again;"
                        + " nothing was changed.", e);
            }
            throw damaged(file, e);
        }
    }

    /**
     * SQLite's {@code pragma} ({@code quick_check} or {@code integrity_check}) on the file, through
     * a read-only connection: "ok", or the first problem SQLite found. For the benchmark of what
     * each check costs (docs/performance.md).
     */
    public static String check(Path file, String pragma) {
        if (!pragma.equals("quick_check") && !pragma.equals("integrity_check")) {
            throw new IllegalArgumentException(pragma);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection readOnly = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement statement = readOnly.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma + "(1)")) {
            return rows.next() ? rows.getString(1) : "no answer";
        } catch (SQLException e) {
            throw Database.explain("check", file, e);
        }
    }

    private static ProgressException.Damaged damaged(Path file, Throwable cause) {
        return new ProgressException.Damaged("The progress file " + file + " is damaged or is not a Jaga database."
                + " It has been left as it is; " + newestBackup(file), cause);
    }

    /** Offers the newest backup beside a damaged file, if there is one. */
    private static String newestBackup(Path file) {
        Path backups = file.resolveSibling("backups");
        try (Stream<Path> files = Files.isDirectory(backups) ? Files.list(backups) : Stream.empty()) {
            return files.filter(p -> p.getFileName().toString().matches("jaga-.*\\.db"))
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> "the newest backup is " + p + " (`jaga restore " + p + "` puts it back, keeping the damaged file).")
                    .orElse("there is no backup in " + backups + ".");
        } catch (IOException e) {
            return "a backup may be in " + backups + ".";
        }
    }
}
