package jaga.progress;

import jaga.model.Band;
import jaga.model.Language;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link RestoreCrashTest}.
 *
 * <ul>
 * <li>{@code add FOLDER NAME}: adds a learner, prints {@code committed}, and waits to be killed,
 * so the learner is only in the write-ahead log (nothing checkpoints it).</li>
 * <li>{@code restore FOLDER BACKUP STEP}: restores the backup, printing {@code at <step>} at each step
 * of {@link Backups#RESTORE_STEPS}; at {@code STEP} it prints {@code paused} and waits to be killed.
 * With STEP {@code none} it runs to the end and prints {@code restored}.</li>
 * </ul>
 */
public final class RestoreChild {
    private RestoreChild() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        if (args[0].equals("add")) {
            Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC());
            new LearnerRepository(database).create(args[2], "owl", Band.AGES_10_12, Language.MS);
            System.out.println("committed");
            System.out.flush();
            Thread.sleep(600_000);
            return;
        }
        String pauseAt = args[3];
        Backups.restore(DataDirectory.prepare(folder), Path.of(args[2]), Clock.systemUTC(), step -> {
            System.out.println("at " + step);
            System.out.flush();
            if (step.equals(pauseAt)) {
                System.out.println("paused");
                System.out.flush();
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        System.out.println("restored");
        System.out.flush();
    }
}
