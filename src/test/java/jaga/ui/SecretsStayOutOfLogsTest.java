package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An adult sets the PIN, gets a wrong one refused, enters it, resets it with the recovery code
 * and enters the new one: neither PIN, the wrong guess nor either recovery code appears in
 * anything Jaga logged (every java.util.logging record at every level, stdout and stderr) or in
 * any file in the data folder, the log file in logs/ and the database's write-ahead log included, taken while Jaga runs
 * and after it closes.
 */
class SecretsStayOutOfLogsTest extends JourneyTestBase {
    private static final String PIN = "482913";
    private static final String WRONG_GUESS = "909090";
    private static final String NEW_PIN = "736251";

    private final List<LogRecord> logged = new ArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Handler everyRecord = new Handler() {
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
    private PrintStream out;
    private PrintStream err;
    private Level jagaLevel;

    @BeforeEach
    void captureEverything() {
        // Jaga's own loggers at every level; the libraries at the level Jaga runs them (JavaFX's FINE
        // layout tracing, off unless someone turns it on, prints every text on screen, the recovery
        // code included while it is shown).
        Logger root = Logger.getLogger("");
        root.addHandler(everyRecord);
        Logger jaga = Logger.getLogger("jaga");
        jagaLevel = jaga.getLevel();
        jaga.setLevel(Level.ALL);
        out = System.out;
        err = System.err;
        System.setOut(new PrintStream(new Tee(out, printed), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, printed), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopCapturing() {
        System.setOut(out);
        System.setErr(err);
        Logger.getLogger("").removeHandler(everyRecord);
        Logger.getLogger("jaga").setLevel(jagaLevel);
    }

    @Test
    void neitherPinNorRecoveryCodeIsLoggedOrStoredInTheClear() throws Exception {
        startApp();
        LearnerRobot adult = new LearnerRobot(this, module("scams-10-12"));
        setUpAdultPin(adult, PIN);
        String recoveryCode = adult.text("#recoveryCode");
        adult.press("#recoveryNoted");
        adult.press("#firstUse-home");
        adult.waitFor("#learnerName");
        clickOn("#learnerName").write("Aina");
        clickOn("#avatar-owl");
        clickOn("#band-10-12");
        clickOn("#saveLearner");
        adult.waitFor("#state-scams-10-12");
        snapshotDataFolder("after setting the PIN, Jaga open");

        restartApp();
        enterPinToAddALearner(adult, WRONG_GUESS, PIN);
        snapshotDataFolder("after entering the PIN, Jaga open");
        closeApp();

        // "I forgot the PIN": the recovery code chooses a new one, on the PIN card's own screen.
        org.testfx.api.FxToolkit.registerPrimaryStage();
        startApp();
        adult.press("#openAdultArea");
        adult.press("#forgotPin");
        adult.waitFor("#resetPin-code");
        clickOn("#resetPin-code").write(recoveryCode.toLowerCase(java.util.Locale.ROOT));
        clickOn("#resetPin-pin").write(NEW_PIN);
        clickOn("#resetPin-again").write(NEW_PIN);
        adult.press("#resetPin-continue");
        adult.waitFor("#recoveryCode");
        String newRecoveryCode = adult.text("#recoveryCode");
        snapshotDataFolder("after the reset, Jaga open");
        adult.press("#recoveryNoted");
        adult.press("#leaveAdultArea");
        enterPinToAddALearner(adult, null, NEW_PIN);
        snapshotDataFolder("after entering the new PIN, Jaga open");
        closeApp();
        snapshotDataFolder("after Jaga closed");

        List<String> secrets = List.of(PIN, WRONG_GUESS, NEW_PIN, recoveryCode, recoveryCode.replace("-", ""),
                newRecoveryCode, newRecoveryCode.replace("-", ""));
        String logs = logText();
        String output = printed.toString(StandardCharsets.UTF_8);
        // The checks can see: Jaga logged something, and the database holds the learner's name in plain text.
        assertThat(logged).as("log records captured").isNotEmpty();
        assertThat(files).as("the write-ahead log was caught while Jaga ran").containsKey("after setting the PIN, Jaga open: jaga.db-wal");
        assertThat(files.entrySet()).anyMatch(file -> latin1(file.getValue()).contains("Aina"));
        // The log file in the data folder is among the files read, and holds what was logged.
        String logFile = "after Jaga closed: " + dataFolder.relativize(jaga.LogFile.current(dataFolder));
        assertThat(files).as("the log file").containsKey(logFile);
        assertThat(latin1(files.get(logFile))).as("the log file").contains("INFO jaga.LogFile: log opened");
        for (String secret : secrets) {
            assertThat(logs).as("log records").doesNotContain(secret);
            assertThat(output).as("stdout and stderr").doesNotContain(secret);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                assertThat(latin1(file.getValue())).as(file.getKey()).doesNotContain(secret);
                assertThat(new String(file.getValue(), StandardCharsets.UTF_16LE)).as(file.getKey()).doesNotContain(secret);
            }
        }
    }

    private void enterPinToAddALearner(LearnerRobot adult, String wrongFirst, String pin) {
        adult.waitFor("#addLearner");
        adult.press("#addLearner");
        adult.waitFor("#enterPin-pin");
        if (wrongFirst != null) {
            clickOn("#enterPin-pin").write(wrongFirst);
            adult.press("#enterPin-continue");
            adult.waitFor("#enterPin-problem");
        }
        clickOn("#enterPin-pin").write(pin);
        adult.press("#enterPin-continue");
        adult.waitFor("#learnerName");
    }

    private void snapshotDataFolder(String when) throws IOException {
        try (Stream<Path> all = Files.walk(dataFolder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(when + ": " + dataFolder.relativize(file), Files.readAllBytes(file));
            }
        }
    }

    private String logText() {
        StringBuilder text = new StringBuilder();
        synchronized (logged) {
            for (LogRecord record : logged) {
                text.append(record.getLoggerName()).append(' ').append(record.getMessage()).append('\n');
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        text.append(parameter).append('\n');
                    }
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    text.append(t).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Writes to the console as before and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream console, ByteArrayOutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
        }
    }
}
