package jaga.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the progress file in backups/: one before every upgrade (the newest five kept) and
 * the ones an adult makes (never pruned). Restoring one is {@link Backups}.
 */
final class DatabaseBackups {
    static final int KEPT = 5;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private DatabaseBackups() {}

    /**
     * A consistent copy taken through SQLite itself, so pages still in the WAL are included. The
     * backups folder must not be a link, and SQLite (opened with no-follow) writes through no link
     * at the backup's name either.
     */
    static Path backUp(Connection connection, Path file, Path backups, Clock clock, int version, String kind) {
        try {
            if (Files.isSymbolicLink(backups)) {
                throw DataDirectory.linked(backups.getParent(), backups);
            }
            Files.createDirectories(backups);
            Path target = uniqueName(backups, stamp(clock), "-v" + version + kind + ".db");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("VACUUM INTO '" + Database.realPath(target).toString().replace("'", "''") + "'");
            }
            return target;
        } catch (IOException e) {
            throw new ProgressException("Could not back up " + file + " into " + backups + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        } catch (SQLException e) {
            throw Database.explain("back up the progress file into " + backups, file, e);
        }
    }

    /**
     * {@code jaga-<stamp><suffix>}, or {@code jaga-<stamp>.2<suffix>} ... if that name is taken (by
     * anything, a link pointing nowhere included).
     */
    static Path uniqueName(Path backups, String stamp, String suffix) {
        Path target = backups.resolve("jaga-" + stamp + suffix);
        for (int n = 2; DataDirectory.present(target); n++) {
            target = backups.resolve("jaga-" + stamp + "." + n + suffix);
        }
        return target;
    }

    static String stamp(Clock clock) {
        return STAMP.format(clock.instant());
    }

    /** Keeps the newest five automatic (before-upgrade) backups; manual ones are left alone. */
    static void pruneUpgradeBackups(Path backups) {
        try {
            pruneBackups(backups);
        } catch (IOException e) {
            throw new ProgressException("Could not tidy old backups in " + backups + ": " + e.getMessage(), e);
        }
    }

    private static void pruneBackups(Path backups) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.list(backups)) {
            all = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("jaga-.*-v\\d+\\.db")).sorted().toList());
        }
        while (all.size() > KEPT) {
            Files.delete(all.remove(0));
        }
    }
}
