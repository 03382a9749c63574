package jaga.cli;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.learning.report.ReportException;
import jaga.learning.report.ReportService;
import jaga.progress.BadgeRepository;
import jaga.progress.ClassRepository;
import jaga.progress.AnswerHistory;
import jaga.progress.DashboardRepository;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code jaga report} and {@code jaga certificate} share: the report service over this data
 * folder's content and database, and one way of saying that a file could not be written.
 */
final class ReportRun {

    /** The command's own part, given the open school. */
    @FunctionalInterface
    interface Writing {
        int write(ReportService reports, LearnerRepository learners, ClassRepository classes, PrintWriter err);
    }

    private ReportRun() {}

    static int run(JagaCommand parent, CommandSpec spec, Writing writing) {
        PrintWriter err = spec.commandLine().getErr();
        ContentCatalog catalog = new ContentLoader(parent.bundledResources(), false).load(parent.allContent());
        try (Database database = parent.openDatabase()) {
            LearnerRepository learners = new LearnerRepository(database);
            ClassRepository classes = new ClassRepository(database);
            ReportService reports = new ReportService(catalog, learners, classes, new DashboardRepository(database),
                    new AnswerHistory(database),
                    new BadgeRepository(database), Clock.systemUTC());
            return writing.write(reports, learners, classes, err);
        } catch (ReportException e) {
            err.println("jaga: " + e.getMessage());
            return JagaCommand.EXIT_UNUSABLE;
        } finally {
            spec.commandLine().getOut().flush();
            err.flush();
        }
    }
}
