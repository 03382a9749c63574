package jaga.testing;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.learning.Classroom;
import jaga.learning.LearningService;
import jaga.learning.WhoIsLearning;
import jaga.progress.BadgeRepository;
import jaga.progress.ChatChoiceRepository;
import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.LessonProgressRepository;
import jaga.progress.ModuleAssignmentRepository;
import jaga.progress.QuizRepository;
import jaga.progress.ReviewRepository;
import jaga.progress.StepWorkRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Real services on a real SQLite file, wired as App wires them (except that a practice step's work
 * is kept in memory unless {@link #savingStepWork} is asked for): the one way a test gets a
 * {@link LearningService} (and the learners and assignments it shares with a {@link Classroom}).
 * The service reads the time from the file's clock. Closing this closes the file.
 *
 * <pre>{@code
 * services = RealServices.open(catalog, temp.resolve("data"));
 * learning = services.learning;
 * ...
 * services.close();
 * }</pre>
 */
public final class RealServices implements AutoCloseable {
    public final ContentCatalog catalog;
    public final Database database;
    public final LearnerRepository learners;
    public final ModuleAssignmentRepository assignments;
    public final LearningService learning;

    private RealServices(ContentCatalog catalog, Database database, boolean savingStepWork) {
        this.catalog = catalog;
        this.database = database;
        this.learners = new LearnerRepository(database);
        this.assignments = new ModuleAssignmentRepository(database);
        this.learning = new LearningService(catalog, learners, new LessonProgressRepository(database),
                new QuizRepository(database), new ChatChoiceRepository(database), new BadgeRepository(database),
                new ReviewRepository(database), assignments, database.clock(),
                savingStepWork ? new StepWorkRepository(database) : null);
    }

    /** Opens (or creates) the progress file in {@code dataFolder}, on the system's clock in UTC. */
    public static RealServices open(ContentCatalog catalog, Path dataFolder) {
        return open(catalog, dataFolder, Clock.systemUTC());
    }

    /** Opens (or creates) the progress file in {@code dataFolder}; the file and the service share {@code clock}. */
    public static RealServices open(ContentCatalog catalog, Path dataFolder, Clock clock) {
        return on(catalog, Database.open(DataDirectory.prepare(dataFolder), clock));
    }

    /**
     * The commonest start of a service test: one valid module ({@link Modules#validV1}) in
     * {@code temp/content}, and a new progress file in {@code temp/data}.
     */
    public static RealServices withModule(Path temp, String moduleId) {
        Modules.write(temp.resolve("content"), moduleId, Modules.validV1(moduleId));
        return open(new ContentLoader().load(List.of(temp.resolve("content"))), temp.resolve("data"));
    }

    /** The services over a file already open (a practice step's work kept in memory only). */
    public static RealServices on(ContentCatalog catalog, Database database) {
        return new RealServices(catalog, database, false);
    }

    /** The same services, with each practice step's work saved in the file as the app saves it. */
    public RealServices savingStepWork() {
        return new RealServices(catalog, database, true);
    }

    /** "Who is learning?" over the same learners, as App builds it when the progress file opens. */
    public WhoIsLearning whoIsLearning() {
        return new WhoIsLearning(learners, new ClassRepository(database));
    }

    /** The adult's classroom over the same learners and assignments. */
    public Classroom classroom() {
        return new Classroom(catalog, learners, new ClassRepository(database), assignments);
    }

    @Override
    public void close() {
        database.close();
    }
}
