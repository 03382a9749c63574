package jaga.ui.adult;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.learning.Classroom;
import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.ModuleAssignmentRepository;
import jaga.testing.Modules;
import jaga.testing.TestClock;
import java.nio.file.Path;
import java.util.List;

/** A real SQLite file in a temp folder and a Classroom over it with the bundled content: where the Classes and Learners page models start. */
final class ClassroomFixture implements AutoCloseable {
    private static ContentCatalog bundled;

    final Database database;
    final LearnerRepository learners;
    final ClassRepository classes;
    final Classroom classroom;

    ClassroomFixture(Path dataFolder) {
        database = Database.open(DataDirectory.prepare(dataFolder), TestClock.standing());
        learners = new LearnerRepository(database);
        classes = new ClassRepository(database);
        classroom = new Classroom(bundledCatalog(), learners, classes, new ModuleAssignmentRepository(database));
    }

    // Loaded once: the bundled content does not change between tests.
    private static synchronized ContentCatalog bundledCatalog() {
        if (bundled == null) {
            bundled = new ContentLoader().load(List.of(Modules.bundledContent()));
        }
        return bundled;
    }

    @Override
    public void close() {
        database.close();
    }
}
