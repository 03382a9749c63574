package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.ui.common.FxBackground;
import jaga.ui.common.Tasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The log as a rotating file in the data folder's logs/, each record once. */
class LogFileTest {
    private static final Logger LOG = Logger.getLogger("jaga.LogFileTest");

    @TempDir
    Path data;

    @AfterEach
    void letGo() {
        LogFile.uninstall();
    }

    private String log() throws Exception {
        return Files.readString(LogFile.current(data), StandardCharsets.UTF_8);
    }

    @Test
    void recordsFromInfoUpAreWrittenOnceEvenWhenSetUpTwice() throws Exception {
        LogFile.install(data);
        LogFile.install(data); // init() after launchWith(), and a restart on the same folder

        LOG.fine("tracing detail");
        LOG.info("opened the adult area");
        LOG.log(java.util.logging.Level.WARNING, "a fault", new IllegalStateException("broken part"));

        String log = log();
        assertThat(log).contains("INFO jaga.LogFile: log opened for the data folder");
        assertThat(log.split("opened the adult area", -1)).as("written once").hasSize(2);
        assertThat(log).contains("WARNING jaga.LogFileTest: a fault", "java.lang.IllegalStateException: broken part",
                "\tat jaga.LogFileTest.").doesNotContain("tracing detail");
    }

    @Test
    void aFailedTaskOnTheRealWorkerIsLoggedOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        LogFile.install(data);
        CountDownLatch handled = new CountDownLatch(1);
        try (FxBackground worker = new FxBackground()) {
            Platform.runLater(() -> new Tasks(worker, "quiz", failure -> handled.countDown())
                    .run(() -> {
                        throw new IllegalStateException("the disk is full (test)");
                    }));
            assertThat(handled.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(log().split("the disk is full \\(test\\)", -1)).as("logged once, with its stack trace once")
                .hasSize(3); // the message line and the exception's line of the one stack trace
        assertThat(log()).contains("WARNING jaga.ui.common.Tasks: quiz: the disk is full (test)");
    }

    @Test
    void theFilesTakeTurnsAndOnlyThreeAreKept() throws Exception {
        LogFile.install(data, 2_000);
        for (int i = 0; i < 200; i++) {
            LOG.info("line " + i + " " + "x".repeat(80));
        }
        Path logs = data.resolve(LogFile.FOLDER);
        assertThat(logs.resolve("jaga-0.log")).exists();
        assertThat(logs.resolve("jaga-1.log")).exists();
        assertThat(logs.resolve("jaga-2.log")).exists();
        assertThat(logs.resolve("jaga-3.log")).doesNotExist();
        for (String name : new String[] {"jaga-0.log", "jaga-1.log", "jaga-2.log"}) {
            assertThat(Files.size(logs.resolve(name))).as(name).isLessThan(2_000 + 200);
        }
        assertThat(log()).contains("line 199");
        assertThat(Files.readString(logs.resolve("jaga-1.log"))).doesNotContain("line 199").contains("line 1");
    }

    @Test
    void aLogFileThatIsALinkIsNotWrittenThrough() throws Exception {
        Path elsewhere = Files.writeString(Files.createTempFile("not-jaga", ".txt"), "someone else's file\n");
        try {
            Files.createDirectories(data.resolve(LogFile.FOLDER));
            Files.createSymbolicLink(LogFile.current(data), elsewhere);

            LogFile.install(data);
            LOG.info("something Jaga logged");

            assertThat(Files.readString(elsewhere)).isEqualTo("someone else's file\n");
        } finally {
            Files.delete(elsewhere);
        }
    }
}
