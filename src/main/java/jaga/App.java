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
import jaga.ui.common.FxBackground;
import jaga.ui.common.RememberedPlaces;
import jaga.ui.common.I18n;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import jaga.ui.common.StartupTiming;
import jaga.ui.shell.AppFlow;
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

    private LaunchOptions options;
    /**
     * Content and the database, started by {@link #launchWith} before JavaFX starts, so they load while
     * the toolkit comes up (Application.launch makes the App itself, so this is how it reaches it).
     */
    private static volatile CompletableFuture<Opened> startedBeforeJavaFx;

    private FxBackground background;
    private CompletableFuture<Services> services;
    private ReadAloud readAloud;
    /** Finds the speech engine; called off the JavaFX thread. */
    private Supplier<SpeechEngine> speechEngines = SpeechEngines::detect;
    /** Where reports are saved and rosters opened from; tests hand in their own (null: the system's). */
    private FileDialogs fileDialogs;

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

    static void launchWith(LaunchOptions options) {
        LogFile.install(options.dataDirectory().root());
        startedBeforeJavaFx = openServices(options);
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

    @Override
    public void start(Stage stage) {
        StartupTiming.mark("JavaFX started");
        CompletableFuture<Opened> early = startedBeforeJavaFx;
        startedBeforeJavaFx = null;
        services = (early != null ? early : openServices(options)).thenApply(this::services);
        background = new FxBackground();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n();
        Navigator navigator = new Navigator();
        Session session = new Session();

        Label loading = new Label(i18n.get("app.loading"));
        loading.getStyleClass().add("screen-subtitle");
        StackPane loadingPane = new StackPane(loading);
        loadingPane.getStyleClass().add("screen");
        navigator.show(loadingPane);

        DisplaySettings display = DisplaySettings.load(options.dataDirectory().root());
        AppFlow[] flow = new AppFlow[1];
        Resources[] contacts = {Resources.NONE};
        readAloud = new ReadAloud(SpeechEngine.NONE, javafx.application.Platform::runLater);
        String installAdvice = SpeechEngines.Platform.of(System.getProperty("os.name", "")).installAdviceKey();
        MainWindow window = new MainWindow(navigator, session, i18n, display, () -> contacts[0],
                () -> flow[0].showProfiles(), () -> flow[0].toggleLanguage(),
                readAloud, on -> flow[0].setAutoRead(on), installAdvice, () -> {
                    if (flow[0] != null) { // not before content and the database are open
                        flow[0].showAdultArea();
                    }
                }, true);
        javafx.geometry.Dimension2D windowSize = MainWindow.defaultSize(javafx.stage.Screen.getPrimary().getVisualBounds());
        // The theme's background from the first moment (the native window takes the scene's fill), not
        // a blank white window while the first screen is styled.
        Scene scene = new Scene(window, windowSize.getWidth(), windowSize.getHeight(),
                javafx.scene.paint.Color.web(display.highContrastProperty().get() ? "#000000" : "#FFF8EE"));
        scene.getStylesheets().add(stylesheet("jaga.css"));
        applyDisplay(scene, display);
        display.textSizeProperty().addListener((obs, old, size) -> applyDisplay(scene, display));
        display.highContrastProperty().addListener((obs, old, on) -> applyDisplay(scene, display));
        stage.setTitle("Jaga");
        stage.setMinWidth(720);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        StartupTiming.mark("window shown");

        // Content and the database load off the JavaFX thread so the window is never frozen.
        services.whenComplete((opened, failure) -> javafx.application.Platform.runLater(() -> {
            if (failure == null) {
                showProfiles(opened, scene, window, flow, contacts, i18n, navigator, session, display);
            } else {
                showStartupFailure(failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure,
                        navigator);
                window.showHeaderActions(); // Get help, language and Display still work on the failure screen
            }
        }));
    }

    private void showProfiles(Services opened, Scene scene, MainWindow window, AppFlow[] flow, Resources[] contacts, I18n i18n,
                              Navigator navigator, Session session, DisplaySettings display) {
        contacts[0] = opened.learning().catalog().resources();
        HubStatusLine hubStatus = new HubStatusLine(i18n);
        hubStatus.follow(opened.hub());
        window.setFooter(hubStatus);
        flow[0] = new AppFlow(opened.learning(), opened.adult(), background, i18n, navigator, session, display,
                readAloud, AutoReadSettings.in(new LearnerSettingsRepository(opened.database())), hubStatus);
        flow[0].showProfiles();
        StartupTiming.mark("profiles screen built");
        whenProfilesLoaded(scene, window);
    }

    private void showStartupFailure(Throwable failure, Navigator navigator) {
        if (Failures.isNormal(failure)) {
            LOG.info("Jaga did not start: " + failure.getMessage()); // already open, or made by a newer Jaga: said on screen
        } else {
            LOG.log(Level.SEVERE, "Jaga could not start", failure);
        }
        Label message = new Label(failure.getMessage());
        message.setWrapText(true);
        message.setId("startupError");
        message.getStyleClass().add("error-text");
        StackPane pane = new StackPane(message);
        pane.getStyleClass().add("screen");
        navigator.show(pane);
        if (options.exitWhenReady()) {
            System.exit(JagaCommand.EXIT_UNUSABLE); // a start-up being timed failed: say so by the exit code
        }
    }

    /**
     * The one "interactive" moment: the profiles screen has its learners and has been drawn. The screen
     * asked the single worker for its learners; the worker runs work in order, so this comes back after.
     */
    private void whenProfilesLoaded(Scene scene, MainWindow window) {
        background.run(() -> null,
                loaded -> {
                    StartupTiming.mark("learners loaded");
                    StartupTiming.whenRendered(scene, () -> {
                        StartupTiming.interactive(options.exitWhenReady());
                        // What the first screen can do without: the header's buttons and menus (drawn by
                        // the next pulse), and looking for a speech engine (a process of its own).
                        window.showHeaderActions();
                        findSpeechSoon();
                    });
                },
                failure -> { });
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
    private record Services(LearningService learning, AdultServices adult, Database database, HubLink hub) {}

    /** The content and the open database, before the services are built on them. */
    private record Opened(ContentCatalog catalog, Database database) {}

    /** Loads content and opens the database at the same time, each on its own thread. */
    private static CompletableFuture<Opened> openServices(LaunchOptions options) {
        StartupTiming.mark("opening services");
        CompletableFuture<ContentCatalog> content = CompletableFuture.supplyAsync(() -> {
            List<Path> sources = DataDirectory.contentSources(options.contentDirectory(), options.dataDirectory().root());
            // The bundled content was checked against the schema when it was built; records and the
            // validator still check everything here (docs/decisions/0002).
            ContentCatalog catalog = new ContentLoader(Resources.NONE, false).load(sources);
            catalog.problems().forEach(problem -> LOG.warning(problem.format()));
            StartupTiming.mark("content loaded");
            return catalog;
        }, onNewThread("jaga-content"));
        CompletableFuture<Database> database = CompletableFuture.supplyAsync(() -> {
            Database opened = Database.open(options.dataDirectory(), Clock.systemUTC());
            StartupTiming.mark("database open");
            return opened;
        }, onNewThread("jaga-database"));
        // If the content fails, the database that did open is closed again, so its lock is let go.
        content.whenComplete((catalog, failure) -> {
            if (failure != null) {
                database.thenAccept(Database::close);
            }
        });
        return content.thenCombine(database, Opened::new);
    }

    private Services services(Opened opened) {
        ContentCatalog catalog = opened.catalog();
        Database database = opened.database();
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
        AdultServices adult = new AdultServices(new AdultPin(new SettingsRepository(database), Clock.systemUTC()),
                new Classroom(catalog, learners, classes, assignments),
                new ReportService(catalog, learners, classes, new DashboardRepository(database),
                        new AnswerHistory(database), badges, Clock.systemUTC()),
                Clock.systemUTC(), dialogs, new DataTransfer(database), hub, places);
        return new Services(learning, adult, database, hub);
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
        if (services != null) {
            // Closed now if open, else as soon as it opens (the lock is let go either way when the process ends).
            services.thenAccept(opened -> {
                opened.hub().close();
                opened.hub().journal().close();
                opened.database().close();
            });
        }
        LogFile.uninstall();
    }
}
