package jaga.ui;

import jaga.App;
import jaga.cli.LaunchOptions;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.DataDirectory;
import jaga.testing.Modules;
import jaga.testing.PlannedFileDialogs;
import jaga.testing.NetworkGuard;
import jaga.speech.FakeSpeechEngine;
import jaga.speech.SpeechEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Starts the real app (real content, a real SQLite file in a temp folder) for journeys. Every
 * journey runs under the {@link NetworkGuard}: any attempt to use the network fails it.
 */
@ExtendWith(NetworkGuard.class)
abstract class JourneyTestBase extends FxRobot {

    @TempDir
    Path dataFolder;

    private Application app;

    /** The speech engine Jaga finds at start: a silent fake by default, so journeys make no sound. */
    SpeechEngine speechEngine = FakeSpeechEngine.bothLanguages();

    /** When the lessons start loading (at once unless a journey holds them back). */
    java.util.concurrent.CompletionStage<?> lessonsAfter = java.util.concurrent.CompletableFuture.completedFuture(null);

    /** What the adult picks in file dialogs (reports saved, rosters opened). */
    final PlannedFileDialogs files = new PlannedFileDialogs();

    @BeforeEach
    void prepare() throws Exception {
        // Chat messages appear at once (a display setting children can choose too), so journeys do not wait.
        Files.writeString(dataFolder.resolve("display.properties"), "instantMessages=true\n");
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    void startApp() throws Exception {
        LaunchOptions options = new LaunchOptions(DataDirectory.prepare(dataFolder), Modules.bundledContent());
        SpeechEngine speech = speechEngine;
        java.util.concurrent.CompletionStage<?> lessons = lessonsAfter;
        app = FxToolkit.setupApplication(() -> new App(options, () -> speech, files).holdLessonsUntil(lessons));
    }

    /** Closes Jaga and opens it again on the same data folder, as a child would the next day. */
    void restartApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = null;
        FxToolkit.registerPrimaryStage();
        startApp();
    }

    /** Learners are added by an adult; the child only taps their picture. */
    void learnerAddedByAnAdult(String name, String avatar, String band, String language) {
        try (jaga.progress.Database database = jaga.progress.Database.open(DataDirectory.prepare(dataFolder),
                java.time.Clock.systemUTC())) {
            new jaga.progress.LearnerRepository(database).create(name, avatar, Band.fromCode(band).orElseThrow(),
                    Language.parse(language));
        }
    }

    /**
     * The usual start of a child's journey: an adult has added one learner (number 1 on "Who is
     * learning?"), Jaga starts, and the robot is ready to play them through {@code module}.
     */
    LearnerRobot startWithOneLearner(String name, String avatar, String band, String language, ContentModule module)
            throws Exception {
        learnerAddedByAnAdult(name, avatar, band, language);
        LearnerRobot learner = new LearnerRobot(this, module);
        startApp();
        return learner;
    }

    /** display.properties before Jaga starts: chat messages at once (as in every journey) and these lines. */
    void displaySettingsBeforeStart(String... lines) throws java.io.IOException {
        Files.writeString(dataFolder.resolve(jaga.ui.common.DisplaySettings.FILE),
                "instantMessages=true\n" + String.join("\n", lines) + "\n");
    }

    /** The PIN screen shows (opening the adult area, adding a learner) and the adult types the PIN. */
    void enterPin(LearnerRobot adult, String pin) {
        adult.waitFor("#enterPin-pin");
        clickOn("#enterPin-pin").write(pin);
        adult.press("#enterPin-continue");
    }

    /** The speech engine Jaga will find at start, handed back to listen to what it said. */
    FakeSpeechEngine speaksWith(FakeSpeechEngine engine) {
        speechEngine = engine;
        return engine;
    }

    /** Jaga's first run: the adult sets the PIN and has noted the recovery code. */
    void pinSetUpAndRecoveryCodeNoted(LearnerRobot adult, String pin) {
        setUpAdultPin(adult, pin);
        adult.press("#recoveryNoted");
    }

    /** An adult sets the PIN on the adult area's first screen and is shown the recovery code. */
    void setUpAdultPin(LearnerRobot adult, String pin) {
        adult.waitFor("#setUpPin-pin");
        clickOn("#setUpPin-pin").write(pin);
        clickOn("#setUpPin-again").write(pin);
        adult.press("#setUpPin-continue");
        adult.waitFor("#recoveryCode");
    }

    /** display.properties as saved, once the settings writer has written what the journey changed. */
    String savedDisplaySettings() throws java.io.IOException {
        jaga.ui.common.SettingsWriter.flush();
        return Files.readString(dataFolder.resolve(jaga.ui.common.DisplaySettings.FILE));
    }

    /** Waits until the condition holds (speech and other work off the JavaFX thread), then for the screen. */
    static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " never happened", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    static ContentModule module(String id) {
        return new ContentLoader().load(List.of(Modules.bundledContent())).module(id).orElseThrow();
    }
}
