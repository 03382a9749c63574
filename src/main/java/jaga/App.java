package jaga;

import atlantafx.base.theme.PrimerLight;
import jaga.cli.JagaCommand;
import jaga.cli.JagaVersion;
import jaga.cli.LaunchOptions;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.learning.LearningService;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.learning.AdultPin;
import jaga.learning.WhoIsLearning;
import jaga.progress.DataTransfer;
import jaga.progress.ClassRepository;
import jaga.progress.AnswerHistory;
import jaga.progress.DashboardRepository;
import jaga.learning.Classroom;
import jaga.learning.report.ReportService;
import jaga.ui.adult.AdultServices;
import jaga.progress.BadgeRepository;
import jaga.progress.LearnerSettingsRepository;
import jaga.progress.SettingsRepository;
import jaga.progress.SyncJournal;
import jaga.progress.hub.HubAddress;
import jaga.progress.hub.HubLink;
import jaga.ui.shell.HubStatusLine;
import jaga.progress.ChatChoiceRepository;
import jaga.progress.ReviewRepository;
import jaga.progress.LearnerRepository;
import jaga.progress.LessonProgressRepository;
import jaga.progress.ModuleAssignmentRepository;
import jaga.progress.QuizRepository;
import jaga.content.Resources;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.FileDialogs;
import jaga.ui.common.Failures;
import jaga.ui.common.Problems;
import jaga.ui.common.FxBackground;
import jaga.ui.common.RememberedPlaces;
import jaga.ui.common.I18n;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import jaga.ui.common.StartupTiming;
import jaga.ui.shell.AppFlow;
import jaga.ui.shell.LoadingScreen;
import jaga.ui.shell.MainWindow;
import jaga.learning.AutoReadSettings;
import jaga.ui.speech.ReadAloud;
import jaga.speech.SpeechEngine;
import jaga.speech.SpeechEngines;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application and composition root: builds every service by hand and wires the screens. */
public final class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());
    /**
     * The packaged app's training run for its class cache (src/package/Installers.java) waits for the
     * lessons before it quits, so the cache holds what loading them needs too.
     */
    private static final boolean TRAINING_RUN = Boolean.getBoolean("jaga.startup.training");

    private LaunchOptions options;
    /**
     * The progress file and who is learning, started by {@link #launchWith} before JavaFX starts, so
     * they are read while the toolkit comes up (Application.launch makes the App itself, so this is how
     * it reaches it).
     */
    private static volatile CompletableFuture<Opened> startedBeforeJavaFx;

    private FxBackground background;
    /** The progress file, opened before the first screen. */
    private CompletableFuture<Opened> opened;
    /** Guards {@link #stopping} and {@link #built} (the services once the lessons are loaded): closing and the lessons arriving may happen at once. */
    private final Object lifecycle = new Object();
    private boolean stopping;
    private Services built;
    private ReadAloud readAloud;
    /** Finds the speech engine; called off the JavaFX thread. */
    private Supplier<SpeechEngine> speechEngines = SpeechEngines::detect;
    /** Where reports are saved and rosters opened from; tests hand in their own (null: the system's). */
    private FileDialogs fileDialogs;

    /** For tests: the lessons start loading only when this completes, as on a computer that reads them slowly. */
    private java.util.concurrent.CompletionStage<?> lessonsHeldUntil = CompletableFuture.completedFuture(null);

    /** Used by {@link Application#launch}; options arrive as named parameters. */
    public App() {}

    /** Used by tests and embedders that already hold checked options. */
    public App(LaunchOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    /** As {@link #App(LaunchOptions)}, with the speech engine to use (tests hand in a fake one, or none). */
    public App(LaunchOptions options, Supplier<SpeechEngine> speechEngines) {
        this(options);
        this.speechEngines = Objects.requireNonNull(speechEngines);
    }

    /** As {@link #App(LaunchOptions, Supplier)}, with the file dialogs to use (tests answer them with paths). */
    public App(LaunchOptions options, Supplier<SpeechEngine> speechEngines, FileDialogs fileDialogs) {
        this(options, speechEngines);
        this.fileDialogs = Objects.requireNonNull(fileDialogs);
    }

    /**
     * For tests: the lessons (and the adult area, and the help contacts) load only once {@code release}
     * completes, so what a child meets before them can be checked.
     */
    public App holdLessonsUntil(java.util.concurrent.CompletionStage<?> release) {
        this.lessonsHeldUntil = Objects.requireNonNull(release);
        return this;
    }

    static void launchWith(LaunchOptions options) {
        LogFile.install(options.dataDirectory().root());
        startedBeforeJavaFx = openProgress(options);
        Application.launch(App.class,
                "--data-dir=" + options.dataDirectory().root(),
                "--content-dir=" + options.contentDirectory(),
                "--exit-when-ready=" + options.exitWhenReady());
    }

    @Override
    public void init() {
        if (options == null) {
            Map<String, String> named = getParameters().getNamed();
            options = new LaunchOptions(DataDirectory.prepare(Path.of(named.get("data-dir"))),
                    Path.of(named.get("content-dir")), Boolean.parseBoolean(named.get("exit-when-ready")));
        }
        LogFile.install(options.dataDirectory().root());
    }

    /**
     * The first frame holds "Who is learning?" with its learners when the progress file is open by
     * then (it usually is: it opens while JavaFX starts); the lessons load after that frame is drawn,
     * so they do not compete with it for the processor (issue 21).
     */
    @Override
    public void start(Stage stage) {
        StartupTiming.mark("JavaFX started");
        CompletableFuture<Opened> early = startedBeforeJavaFx;
        startedBeforeJavaFx = null;
        opened = early != null ? early : openProgress(options);
        background = new FxBackground();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n();
        Navigator navigator = new Navigator();
        Session session = new Session();

        DisplaySettings display = DisplaySettings.load(options.dataDirectory().root());
        AppFlow[] flow = new AppFlow[1];
        Resources[] contacts = {Resources.NONE};
        readAloud = new ReadAloud(SpeechEngine.NONE, javafx.application.Platform::runLater);
        String installAdvice = SpeechEngines.Platform.of(System.getProperty("os.name", "")).installAdviceKey();
        // The header's buttons come after the first screen, when flow is there, or on the failure screen
        // of a progress file that could not be opened, where there is no flow: language and help still work.
        MainWindow window = new MainWindow(navigator, session, i18n, display, () -> contacts[0],
                () -> withFlow(flow, AppFlow::showProfiles),
                () -> {
                    if (flow[0] != null) {
                        flow[0].toggleLanguage();
                    } else {
                        i18n.toggleLanguage();
                    }
                },
                readAloud, on -> withFlow(flow, f -> f.setAutoRead(on)), installAdvice,
                () -> withFlow(flow, AppFlow::showAdultArea), true);
        javafx.geometry.Dimension2D windowSize = MainWindow.defaultSize(javafx.stage.Screen.getPrimary().getVisualBounds());
        // The theme's background from the first moment (the native window takes the scene's fill), not
        // a blank white window while the first screen is styled.
        Scene scene = new Scene(window, windowSize.getWidth(), windowSize.getHeight(),
                javafx.scene.paint.Color.web(display.highContrastProperty().get() ? "#000000" : "#FFF8EE"));
        scene.getStylesheets().add(stylesheet("jaga.css"));
        applyDisplay(scene, display);
        display.textSizeProperty().addListener((obs, old, size) -> applyDisplay(scene, display));
        display.highContrastProperty().addListener((obs, old, on) -> applyDisplay(scene, display));

        FirstScreen first = new FirstScreen(scene, window, flow, contacts, i18n, navigator, session, display);
        if (opened.isDone() && !opened.isCompletedExceptionally()) {
            showProfiles(opened.join(), first); // in the first frame
        } else {
            navigator.show(LoadingScreen.of(i18n, "progressLoading"));
            opened.whenComplete((progress, failure) -> javafx.application.Platform.runLater(() -> {
                if (failure == null) {
                    showProfiles(progress, first);
                } else {
                    showStartupFailure(unwrapped(failure), navigator, i18n);
                    window.showHeaderActions(); // Get help, language and Display still work on the failure screen
                }
            }));
        }
        stage.setTitle("Jaga");
        stage.setMinWidth(720);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        StartupTiming.mark("window shown");
    }

    private static void withFlow(AppFlow[] flow, java.util.function.Consumer<AppFlow> action) {
        if (flow[0] != null) {
            action.accept(flow[0]);
        }
    }

    /** What the first screen is built into. */
    private record FirstScreen(Scene scene, MainWindow window, AppFlow[] flow, Resources[] contacts, I18n i18n,
                               Navigator navigator, Session session, DisplaySettings display) {}

    private void showProfiles(Opened progress, FirstScreen first) {
        HubStatusLine hubStatus = new HubStatusLine(first.i18n());
        first.window().setFooter(hubStatus);
        AppFlow flow = new AppFlow(progress.whoIsLearning(), progress.pin(), background, first.i18n(), first.navigator(),
                first.session(), first.display(), readAloud,
                AutoReadSettings.in(new LearnerSettingsRepository(progress.database())), hubStatus);
        first.flow()[0] = flow;
        flow.showProfiles(progress.everyone());
        StartupTiming.mark("profiles screen built");
        StartupTiming.whenRendered(first.scene(), () -> {
            StartupTiming.interactive(options.exitWhenReady() && !TRAINING_RUN);
            // What the first screen can do without: the header's buttons and menus (drawn by the next
            // pulse), looking for a speech engine (a process of its own), and the lessons.
            first.window().showHeaderActions();
            findSpeechSoon();
            loadLessons(progress, flow, hubStatus, first);
        });
    }

    /** Loads the content on its own thread and builds the services on it; a child who chose already waits for them. */
    private void loadLessons(Opened progress, AppFlow flow, HubStatusLine hubStatus, FirstScreen first) {
        CompletableFuture<Services> lessons = lessonsHeldUntil.toCompletableFuture()
                .thenApplyAsync(released -> loadContent(options), onNewThread("jaga-content"))
                .thenApply(catalog -> handedOver(services(catalog, progress)));
        lessons.whenComplete((ready, failure) -> javafx.application.Platform.runLater(() -> {
            if (closing()) {
                return; // Jaga was closed while the lessons loaded
            }
            if (failure == null) {
                first.contacts()[0] = ready.learning().catalog().resources();
                first.window().contactsChanged();
                hubStatus.follow(ready.hub());
                flow.ready(ready.learning(), ready.adult());
                StartupTiming.mark("lessons ready");
                if (TRAINING_RUN && options.exitWhenReady()) {
                    javafx.application.Platform.exit();
                }
            } else {
                flow.failed(unwrapped(failure)); // anyone who asks for the lessons now is told, not left waiting
                showStartupFailure(unwrapped(failure), first.navigator(), first.i18n());
            }
        }));
    }

    /**
     * The services, unless Jaga was closed while they were built: then their hub link is closed here,
     * since {@link #stop} closed the progress file without waiting for them.
     */
    private Services handedOver(Services ready) {
        synchronized (lifecycle) {
            if (!stopping) {
                built = ready;
                return ready;
            }
        }
        ready.hub().close();
        ready.hub().journal().close();
        throw new java.util.concurrent.CancellationException("Jaga closed while its lessons were loading");
    }

    private boolean closing() {
        synchronized (lifecycle) {
            return stopping;
        }
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    private void showStartupFailure(Throwable failure, Navigator navigator, I18n i18n) {
        if (Failures.isNormal(failure)) {
            LOG.info("Jaga did not start: " + failure.getMessage()); // already open, or made by a newer Jaga: said on screen
        } else {
            LOG.log(Level.SEVERE, "Jaga could not start", failure);
        }
        // What went wrong in the reader's language (it follows the language button), then the exact
        // details an adult needs to fix it (which folder, which file), as the command line says them.
        javafx.scene.layout.VBox says = new javafx.scene.layout.VBox();
        says.getStyleClass().add("startup-problem");
        says.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (Problems.explanation(failure, i18n).isPresent()) {
            Label explained = new Label();
            explained.setId("startupProblem");
            explained.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> Problems.text(failure, i18n), i18n.languageProperty()));
            explained.setWrapText(true);
            explained.getStyleClass().add("error-text");
            says.getChildren().add(explained);
        }
        Label message = new Label(failure.getMessage());
        message.setWrapText(true);
        message.setId("startupError");
        message.getStyleClass().add(says.getChildren().isEmpty() ? "error-text" : "screen-subtitle");
        says.getChildren().add(message);
        StackPane pane = new StackPane(says);
        pane.getStyleClass().add("screen");
        navigator.show(pane);
        if (options.exitWhenReady()) {
            System.exit(JagaCommand.EXIT_UNUSABLE); // a start-up being timed failed: say so by the exit code
        }
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(App.class.getResource("/jaga/ui/theme/" + name)).toExternalForm();
    }

    /** Text size from one root setting (every size in the stylesheets is relative to it), and the contrast theme. */
    private static void applyDisplay(Scene scene, DisplaySettings display) {
        scene.getRoot().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", display.fontPixels()));
        String contrast = stylesheet("jaga-high-contrast.css");
        scene.getStylesheets().remove(contrast);
        if (display.highContrastProperty().get()) {
            scene.getStylesheets().add(contrast);
        }
    }

    /** What the screens need once content and the database are open. */
    private record Services(LearningService learning, AdultServices adult, HubLink hub) {}

    /** The open progress file and what "Who is learning?" needs from it; {@code everyone} null if it could not be read. */
    private record Opened(Database database, WhoIsLearning whoIsLearning, AdultPin pin, WhoIsLearning.Everyone everyone) {}

    /** Opens the progress file on its own thread and reads who is learning straight after. */
    private static CompletableFuture<Opened> openProgress(LaunchOptions options) {
        StartupTiming.mark("opening the progress file");
        return CompletableFuture.supplyAsync(() -> {
            Database database = Database.open(options.dataDirectory(), Clock.systemUTC());
            StartupTiming.mark("database open");
            WhoIsLearning who = new WhoIsLearning(new LearnerRepository(database), new ClassRepository(database));
            WhoIsLearning.Everyone everyone;
            try {
                everyone = who.everyone();
            } catch (RuntimeException e) {
                everyone = null; // the screen reads them again and says what went wrong, in the reader's language
            }
            StartupTiming.mark("learners read");
            jaga.ui.profiles.ProfilesView.prepare();
            StartupTiming.mark("name order prepared");
            return new Opened(database, who, new AdultPin(new SettingsRepository(database), Clock.systemUTC()), everyone);
        }, onNewThread("jaga-database"));
    }

    private static ContentCatalog loadContent(LaunchOptions options) {
        List<Path> sources = DataDirectory.contentSources(options.contentDirectory(), options.dataDirectory().root());
        // The bundled content was checked against the schema when it was built; records and the
        // validator still check everything here (docs/decisions/0002).
        ContentCatalog catalog = new ContentLoader(Resources.NONE, false).load(sources);
        catalog.problems().forEach(problem -> LOG.warning(problem.format()));
        StartupTiming.mark("content loaded");
        return catalog;
    }

    private Services services(ContentCatalog catalog, Opened progress) {
        Database database = progress.database();
        // The school hub link runs on its own thread and connection; unpaired, it only checks now and then.
        HubLink hub = new HubLink(new SyncJournal(database), JagaVersion.current(), Clock.systemUTC(),
                HubAddress.DEFAULT_TIMEOUT);
        hub.start();
        LearnerRepository learners = new LearnerRepository(database);
        ClassRepository classes = new ClassRepository(database);
        ModuleAssignmentRepository assignments = new ModuleAssignmentRepository(database);
        BadgeRepository badges = new BadgeRepository(database);
        LearningService learning = new LearningService(catalog, learners,
                new LessonProgressRepository(database), new QuizRepository(database),
                new ChatChoiceRepository(database), badges, new ReviewRepository(database), assignments,
                Clock.systemDefaultZone(), new jaga.progress.StepWorkRepository(database));
        // This computer's places (the last folder used, the class last viewed), beside its display settings.
        RememberedPlaces places = RememberedPlaces.load(options.dataDirectory().root());
        FileDialogs dialogs = fileDialogs != null ? fileDialogs : FileDialogs.system(places);
        AdultServices adult = new AdultServices(progress.pin(),
                new Classroom(catalog, learners, classes, assignments),
                new ReportService(catalog, learners, classes, new DashboardRepository(database),
                        new AnswerHistory(database), badges, Clock.systemUTC()),
                Clock.systemUTC(), dialogs, new DataTransfer(database), hub, places);
        return new Services(learning, adult, hub);
    }

    private static Executor onNewThread(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** Looks for a speech engine on its own thread: read aloud appears when found, and never delays the first screen. */
    private void findSpeechSoon() {
        onNewThread("jaga-speech-probe").execute(() -> {
            SpeechEngine found = findSpeech();
            StartupTiming.mark("speech probe done");
            javafx.application.Platform.runLater(() -> {
                readAloud.engineProperty().set(found);
                readAloud.searchedProperty().set(true);
            });
        });
    }

    /** Read aloud is a help, not a need: a failing probe leaves it off rather than stopping Jaga. */
    private SpeechEngine findSpeech() {
        try {
            SpeechEngine found = speechEngines.get();
            LOG.info("read aloud: " + (found == SpeechEngine.NONE ? "no speech engine found" : found.toString()));
            return found;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not look for a speech engine", e);
            return SpeechEngine.NONE;
        }
    }

    @Override
    public void stop() {
        jaga.ui.common.SettingsWriter.flush(); // a setting changed just before closing is on disk when Jaga ends
        if (readAloud != null) {
            readAloud.close();
        }
        if (background != null) {
            background.close();
        }
        // The hub's link first, then the progress file under it: now if open, else as soon as it opens.
        // Lessons still loading are not waited for (a child may close Jaga in its first second): they
        // close their own hub link when they find Jaga closed (handedOver).
        Services ready;
        synchronized (lifecycle) {
            stopping = true;
            ready = built;
        }
        if (ready != null) {
            ready.hub().close();
            ready.hub().journal().close();
        }
        if (opened != null) {
            opened.thenAccept(progress -> progress.database().close());
        }
        LogFile.uninstall();
    }
}
