package jaga.progress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Damages one index of a closed progress file the way a bad sector or a half-written page does,
 * leaving every table intact: the last letter of a learner's uid is changed in the
 * {@code learner_by_uid} index only. The pages stay well formed, so SQLite's {@code quick_check}
 * still says "ok"; only {@code integrity_check}, which compares each index with its table, sees it.
 */
public final class DamagedIndex {
    private DamagedIndex() {}

    public static void damage(Path database) throws Exception {
        int pageSize;
        int rootPage;
        String uid;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                rows.next();
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA page_size")) {
                pageSize = rows.getInt(1);
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND name = 'learner_by_uid'")) {
                rootPage = rows.getInt(1);
            }
            try (ResultSet rows = statement.executeQuery("SELECT uid FROM learner ORDER BY uid DESC LIMIT 1")) {
                uid = rows.getString(1);
            }
        }
        byte[] bytes = Files.readAllBytes(database);
        byte[] key = uid.getBytes(StandardCharsets.US_ASCII);
        int start = (rootPage - 1) * pageSize;
        for (int at = start; at + key.length <= start + pageSize; at++) {
            if (java.util.Arrays.equals(bytes, at, at + key.length, key, 0, key.length)) {
                int last = at + key.length - 1;
                bytes[last] = (byte) (bytes[last] == '0' ? '1' : '0');
                Files.write(database, bytes);
                return;
            }
        }
        throw new IllegalStateException("uid " + uid + " not found in the index's page " + rootPage);
    }

    /** What SQLite's check says about the file: "ok" or its first finding. */
    public static String check(Path database, String pragma) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.getString(1);
        }
    }
}
