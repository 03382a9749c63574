package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.ThrowawayHub;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jaga hub init|pair|sync|status|unpair} as a school's IT teacher runs them, against a real
 * PostgreSQL: plain lines and exit codes, nothing lost when the hub is away, and the PC's password
 * in no output, no log record and no export.
 */
class HubCommandTest {
    private static final String PC_PASSWORD = "Lab-Pass-7431";
    @RegisterExtension
    static final ThrowawayHub postgres = new ThrowawayHub();


    @Test
    void aTechnicianSetsUpTheHubPairsAPcAndSyncsWithoutThePasswordShowingAnywhere(@TempDir Path temp) throws Exception {
        String url = postgres.server().createDatabase("cli_hub");
        Path admin = Files.writeString(temp.resolve("admin.pw"), postgres.server().adminPassword() + "\n");
        Path lab = Files.writeString(temp.resolve("lab.pw"), PC_PASSWORD + "\n");
        Path wrong = Files.writeString(temp.resolve("wrong.pw"), "not-it\n");
        Path data = temp.resolve("pc07");
        List<String> printed = new ArrayList<>();
        List<LogRecord> logged = new ArrayList<>();
        Handler everyRecord = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(everyRecord);
        try {
            Run init = run(printed, data, "hub", "init", url, "--user", postgres.server().adminUser(), "--password-file",
                    admin.toString(), "--pc-user", "jaga_lab", "--pc-password-file", lab.toString());
            assertThat(init.exit).as(init.err).isZero();
            assertThat(init.out).contains("Set up Jaga's tables").contains("jaga_lab");
            assertThat(run(printed, data, "hub", "init", url, "--user", postgres.server().adminUser(), "--password-file",
                    admin.toString()).out).contains("already at version " + jaga.progress.hub.HubSchema.VERSION);

            Run refused = run(printed, data, "hub", "pair", url, "--user", "jaga_lab", "--password-file", wrong.toString());
            assertThat(refused.exit).isEqualTo(2);
            assertThat(refused.err.strip()).doesNotContain("\n").contains("refused the user name or password");
            assertThat(run(printed, data, "hub", "status").out).contains("Not paired");

            Path roster = Files.writeString(temp.resolve("class.csv"), "name,band,class\nAina,10-12,5 Bestari\n"
                    + "Ben,10-12,5 Bestari\n");
            assertThat(run(printed, data, "import-roster", roster.toString()).exit).isZero();
            Run paired = run(printed, data, "hub", "pair", url, "--user", "jaga_lab", "--password-file", lab.toString());
            assertThat(paired.exit).as(paired.err).isZero();
            assertThat(paired.out).contains("Paired with " + url).contains("3 waiting");
            Run sync = run(printed, data, "hub", "sync");
            assertThat(sync.exit).as(sync.err).isZero();
            assertThat(sync.out).startsWith("Sent 3 rows (3 new or newer on the hub)").contains("0 waiting");

            // The hub goes away: the sync says so in one line, exit 2, and what was waiting still waits.
            assertThat(run(printed, data, "import-roster", Files.writeString(temp.resolve("more.csv"),
                    "name,band,class\nChitra,10-12,5 Bestari\n").toString()).exit).isZero();
            postgres.server().kill();
            Run away = run(printed, data, "hub", "sync");
            assertThat(away.exit).isEqualTo(2);
            assertThat(away.err.strip()).doesNotContain("\n").contains("cannot be reached just now");
            Run status = run(printed, data, "hub", "status");
            assertThat(status.out).contains("Waiting to be sent: 2").contains("Last problem: The school hub at " + url);
            postgres.server().restart();
            assertThat(run(printed, data, "hub", "sync").out).startsWith("Sent 2 rows").contains("0 waiting");

            Path export = temp.resolve("everything.json");
            assertThat(run(printed, data, "export", "--out", export.toString()).exit).isZero();
            assertThat(Files.readString(export)).doesNotContain(PC_PASSWORD).doesNotContain("jaga_lab");

            Run unpaired = run(printed, data, "hub", "unpair");
            assertThat(unpaired.out).startsWith("Unpaired. Progress stays on this computer");
            assertThat(run(printed, data, "hub", "status").out).contains("Not paired");
            assertThat(run(printed, data, "learners").out).contains("Aina").contains("Chitra");
        } finally {
            root.removeHandler(everyRecord);
            root.setLevel(before);
        }
        assertThat(String.join("\n", printed)).doesNotContain(PC_PASSWORD).doesNotContain(postgres.server().adminPassword());
        synchronized (logged) {
            for (LogRecord record : logged) {
                String text = record.getMessage() + " " + (record.getParameters() == null ? ""
                        : java.util.Arrays.toString(record.getParameters())) + " " + (record.getThrown() == null ? "" : record.getThrown());
                assertThat(text).doesNotContain(PC_PASSWORD);
            }
        }
        // After unpairing, no file in the data folder holds the password any more (the WAL included).
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(PC_PASSWORD);
            }
        }
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(List<String> printed, Path data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandRuns.onData(data, out, err, args);
        printed.add(out.toString());
        printed.add(err.toString());
        return new Run(exit, out.toString(), err.toString());
    }
}
