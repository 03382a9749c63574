package jaga.cli;

import jaga.learning.report.Certificate;
import jaga.learning.report.PdfReports;
import jaga.learning.report.ReportLabels;
import jaga.model.Language;
import jaga.progress.LearnerRepository.LearnerProfile;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jaga certificate --learner NAME --module ID --out FILE.pdf}. */
@Command(name = "certificate", mixinStandardHelpOptions = true,
        description = {"Write a printable PDF certificate (landscape A4, English and Bahasa Melayu) for a module"
                + " the learner has passed.",
                "Exit code 0 when written, 1 when the learner is unknown or has not passed that module,"
                        + " 2 when FILE cannot be written."})
final class CertificateCommand extends JagaSubcommand {

    @Option(names = "--learner", required = true, paramLabel = "NAME",
            description = "The learner (a name, or #number from `jaga learners`).")
    String learner;

    @Option(names = "--module", required = true, paramLabel = "ID", description = "The module's id, e.g. scams-7-9.")
    String module;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write.")
    Path out;

    @Override
    public Integer call() {
        return ReportRun.run(parent, spec, (reports, learners, classes, err) -> {
            Optional<LearnerProfile> chosen = LearnerChoice.pick(learners, learner, err);
            if (chosen.isEmpty()) {
                return JagaCommand.EXIT_PROBLEMS;
            }
            List<Certificate> certificates = reports.certificates(chosen.get().id());
            Optional<Certificate> certificate = certificates.stream()
                    .filter(c -> c.module().id().equals(module.strip())).findFirst();
            if (certificate.isEmpty()) {
                err.println("jaga: " + chosen.get().displayName() + " has not passed " + module.strip() + " yet."
                        + (certificates.isEmpty() ? "" : " Modules passed: " + String.join(", ",
                        certificates.stream().map(c -> c.module().id()).toList()) + "."));
                return JagaCommand.EXIT_PROBLEMS;
            }
            new PdfReports(ReportLabels.of(Language.EN.code(), ZoneId.systemDefault())).writeCertificate(certificate.get(), out);
            spec.commandLine().getOut().println("Wrote " + chosen.get().displayName() + "'s certificate for "
                    + certificate.get().module().id() + " to " + out.toAbsolutePath());
            return JagaCommand.EXIT_OK;
        });
    }
}
