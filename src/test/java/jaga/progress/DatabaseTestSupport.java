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

    /**
     * A progress file of version 1 (with its learners and answers) in {@code folder} that cannot be
     * upgraded: a table is in the way of version 2's. Returns the file.
     */
    public static Path olderFileThatCannotBeUpgraded(Path folder) throws Exception {
        DataDirectory data = DataDirectory.prepare(folder);
        Database.createAtVersion(data, 1, java.time.Clock.systemUTC());
        MigrationTest.execute(data.database(), MigrationTest.PROGRESS_AT_VERSION.get(1));
        MigrationTest.execute(data.database(), java.util.List.of("CREATE TABLE badge (x)"));
        return data.database();
    }
}
