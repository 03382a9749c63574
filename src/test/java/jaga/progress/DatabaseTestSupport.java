package jaga.progress;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Lets tests outside jaga.progress make a file look as if a newer Jaga wrote it. */
public final class DatabaseTestSupport {
    private DatabaseTestSupport() {}

    public static void setUserVersion(Path file, int version) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = " + version);
        }
    }
}
