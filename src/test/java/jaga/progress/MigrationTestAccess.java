package jaga.progress;

import java.nio.file.Path;
import java.util.List;

/** Lets tests outside jaga.progress change a closed progress file with SQL, as another program could. */
public final class MigrationTestAccess {
    private MigrationTestAccess() {}

    public static void execute(Path file, String sql) throws Exception {
        MigrationTest.execute(file, List.of(sql));
    }
}
