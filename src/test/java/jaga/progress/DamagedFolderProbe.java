package jaga.progress;

import jaga.testing.FolderHashes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;

/**
 * The child process of {@link DamagedEnvironmentTest}, run where the test has mounted something
 * (a read-only folder, a tiny full disk) that is only visible inside its namespace. It prints
 * what a parent would see and the files' hashes before and after, for the test to check.
 *
 * <ul>
 * <li>{@code open FOLDER}: opens Jaga on the folder and saves an answer, as starting a quiz would.</li>
 * <li>{@code fill FOLDER}: opens Jaga, saves an answer, fills the disk, tries to save another,
 * frees the space and saves a third.</li>
 * </ul>
 */
public final class DamagedFolderProbe {
    private DamagedFolderProbe() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        if (args[0].equals("open")) {
            printHashes("before", folder);
            try (Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC())) {
                save(database, "q-open");
                System.out.println("saved");
            } catch (ProgressException e) {
                System.out.println("refused " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
            printHashes("after", folder);
        } else {
            fillTheDiskWhileOpen(folder);
        }
    }

    private static void fillTheDiskWhileOpen(Path folder) throws Exception {
        try (Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC())) {
            long learner = new LearnerRepository(database).active().get(0).id();
            QuizRepository quizzes = new QuizRepository(database);
            long attempt = quizzes.startAttempt(learner, "scams-10-12", 1);
            quizzes.recordAnswer(attempt, "q-before", "a", 1.0);
            Path filler = folder.resolve("filler");
            try (OutputStream out = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (IOException full) {
                System.out.println("disk full: " + full.getMessage());
            }
            try {
                quizzes.recordAnswer(attempt, "q-full", "a", 1.0);
                System.out.println("saved q-full");
            } catch (ProgressException e) {
                System.out.println("refused " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
            Files.delete(filler);
            quizzes.recordAnswer(attempt, "q-after", "a", 1.0);
            System.out.println("saved q-after");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("jaga.db"));
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                rows.next();
                System.out.println("integrity " + rows.getString(1));
            }
            try (ResultSet rows = statement.executeQuery("SELECT question_id FROM quiz_answer ORDER BY id")) {
                while (rows.next()) {
                    System.out.println("answer " + rows.getString(1));
                }
            }
        }
    }

    /** An answer in a new attempt by the folder's first learner, as the quiz screen saves it. */
    private static void save(Database database, String question) {
        long learner = new LearnerRepository(database).active().get(0).id();
        QuizRepository quizzes = new QuizRepository(database);
        quizzes.recordAnswer(quizzes.startAttempt(learner, "scams-10-12", 1), question, "a", 1.0);
    }

    private static void printHashes(String when, Path folder) {
        for (Map.Entry<String, String> file : FolderHashes.of(folder).entrySet()) {
            System.out.println(when + " " + file.getKey() + " " + file.getValue());
        }
    }
}
