package jaga.cli;

import jaga.learning.report.CsvReports;
import jaga.learning.report.PdfReports;
import jaga.learning.report.ExportProgress;
import jaga.learning.report.ReportLabels;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.LearnerRepository.LearnerProfile;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jaga report (--class NAME | --learner NAME | --all) --format csv|pdf [--one-row-per-pupil] --out FILE
 * [--language en|ms]}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a progress report for a class, one learner, or every learner, as CSV or PDF.",
                "Columns and contents are described in docs/reports.md. An existing FILE is replaced only once"
                        + " the new report is complete.",
                "Exit code 0 when written, 1 when no class or learner has that name, 2 when FILE cannot be written."})
final class ReportCommand extends JagaSubcommand {

    enum Format { csv, pdf }

    static final class Whose {
        @Option(names = "--class", paramLabel = "NAME", required = true, description = "Every learner of this class.")
        String className;

        @Option(names = "--learner", paramLabel = "NAME", required = true,
                description = "One learner (a name, or #number from `jaga learners`).")
        String learner;

        @Option(names = "--all", required = true, description = "Every learner who is not archived.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Whose whose;

    @Option(names = "--format", required = true, paramLabel = "csv|pdf", description = "csv or pdf.")
    Format format;

    @Option(names = "--one-row-per-pupil",
            description = "With --format csv: one row per pupil, a best score and a passed column per module,"
                    + " instead of a row per pupil and module.")
    boolean onePerPupil;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--language", paramLabel = "en|ms", defaultValue = "en",
            description = "Language of the labels and lesson texts: en (English, the default) or ms (Bahasa Melayu).")
    String language;

    @Override
    public Integer call() {
        if (Language.fromCode(language).isEmpty()) {
            spec.commandLine().getErr().println("jaga: --language must be en or ms, not " + language);
            return JagaCommand.EXIT_UNUSABLE;
        }
        if (onePerPupil && format != Format.csv) {
            spec.commandLine().getErr().println("jaga: --one-row-per-pupil goes with --format csv");
            return JagaCommand.EXIT_UNUSABLE;
        }
        ReportLabels labels = ReportLabels.of(language, ZoneId.systemDefault());
        return ReportRun.run(parent, spec, (reports, learners, classes, err) -> {
            String what;
            if (whose.className != null) {
                Optional<ClassRepository.SchoolClass> chosen = classes.named(whose.className);
                if (chosen.isEmpty()) {
                    err.println("jaga: No class is called \"" + whose.className.strip() + "\"."
                            + (classes.classes().isEmpty() ? " There are no classes yet."
                            : " The classes are: " + String.join(", ", classes.classes().stream()
                            .map(ClassRepository.SchoolClass::name).toList()) + "."));
                    return JagaCommand.EXIT_PROBLEMS;
                }
                var report = reports.classReport(chosen.get().id());
                if (onePerPupil) {
                    new CsvReports(labels).writeClassPupils(report, out, ExportProgress.NONE);
                } else if (format == Format.csv) {
                    new CsvReports(labels).writeClass(report, out, ExportProgress.NONE);
                } else {
                    new PdfReports(labels).writeClass(report, out, ExportProgress.NONE);
                }
                what = "class " + report.className() + " (" + report.rows().size() + " learner(s))";
            } else if (whose.learner != null) {
                Optional<LearnerProfile> chosen = LearnerChoice.pick(learners, whose.learner, err);
                if (chosen.isEmpty()) {
                    return JagaCommand.EXIT_PROBLEMS;
                }
                var report = reports.learnerReport(chosen.get().id());
                if (onePerPupil) {
                    new CsvReports(labels).writeLearnerPupil(report, out, ExportProgress.NONE);
                } else if (format == Format.csv) {
                    new CsvReports(labels).writeLearner(report, out, ExportProgress.NONE);
                } else {
                    new PdfReports(labels).writeLearner(report, out, ExportProgress.NONE);
                }
                what = report.learner().name();
            } else {
                var family = reports.familyOverview();
                if (onePerPupil) {
                    new CsvReports(labels).writeFamilyPupils(family, out, ExportProgress.NONE);
                } else if (format == Format.csv) {
                    new CsvReports(labels).writeFamily(family, out, ExportProgress.NONE);
                } else {
                    new PdfReports(labels).writeFamily(family, out, ExportProgress.NONE);
                }
                what = family.children().size() + " learner(s)";
            }
            spec.commandLine().getOut().println("Wrote the report for " + what + " to " + out.toAbsolutePath());
            return JagaCommand.EXIT_OK;
        });
    }
}
