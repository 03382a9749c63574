package jaga;

import atlantafx.base.theme.PrimerLight;
import jaga.cli.LaunchOptions;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.learning.LearningService;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.AdultPin;
import jaga.progress.ClassRepository;
import jaga.progress.DashboardRepository;
import jaga.learning.Classroom;
import jaga.learning.report.ReportService;
import jaga.ui.adult.AdultServices;
import jaga.progress.BadgeRepository;
import jaga.progress.SettingsRepository;
import jaga.progress.ChatChoiceRepository;
import jaga.progress.ReviewRepository;
import jaga.progress.LearnerRepository;
import jaga.progress.LessonProgressRepository;
import jaga.progress.ModuleAssignmentRepository;
import jaga.progress.QuizRepository;
import jaga.content.Resources;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.FileDialogs;
import jaga.ui.common.FxBackground;
import jaga.ui.common.I18n;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import jaga.ui.shell.AppFlow;
import jaga.ui.shell.MainWindow;
import jaga.ui.speech.AutoReadSettings;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeechEngine;
import jaga.ui.speech.SpeechEngines;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private FxBackground background;
    private Database database;
    private ReadAloud readAloud;
    /** Finds the speech engine; called off the JavaFX thread. */
    private Supplier<SpeechEngine> speechEngines = SpeechEngines::detect;
    private volatile SpeechEngine speechEngine = SpeechEngine.NONE;
    /** Where reports are saved and rosters opened from; tests hand in their own. */
    private FileDialogs fileDialogs = FileDialogs.system();

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
        Application.launch(App.class,
                "--data-dir=" + options.dataDirectory().root(),
                "--content-dir=" + options.contentDirectory());
    }

    @Override
    public void init() {
        if (options == null) {
            Map<String, String> named = getParameters().getNamed();
            options = new LaunchOptions(DataDirectory.prepare(Path.of(named.get("data-dir"))),
                    Path.of(named.get("content-dir")));
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n();
        Navigator navigator = new Navigator();
        Session session = new Session();
        background = new FxBackground();

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
                });
        Scene scene = new Scene(window, 1100, 760);
        scene.getStylesheets().add(stylesheet("jaga.css"));
        applyDisplay(scene, display);
        display.textSizeProperty().addListener((obs, old, size) -> applyDisplay(scene, display));
        display.highContrastProperty().addListener((obs, old, on) -> applyDisplay(scene, display));
        stage.setTitle("Jaga");
        stage.setMinWidth(720);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();

        // Content and the database load off the JavaFX thread so the window is never frozen.
        background.run(this::openServices, services -> {
            contacts[0] = services.learning().catalog().resources();
            readAloud.engineProperty().set(speechEngine);
            readAloud.searchedProperty().set(true);
            flow[0] = new AppFlow(services.learning(), services.adult(), background, i18n, navigator, session, display,
                    readAloud, AutoReadSettings.in(new SettingsRepository(database)));
            flow[0].showProfiles();
        }, failure -> {
            LOG.log(Level.SEVERE, "Jaga could not start", failure);
            Label message = new Label(failure.getMessage());
            message.setWrapText(true);
            message.setId("startupError");
            message.getStyleClass().add("error-text");
            StackPane pane = new StackPane(message);
            pane.getStyleClass().add("screen");
            navigator.show(pane);
        });
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
    private record Services(LearningService learning, AdultServices adult) {}

    private Services openServices() {
        speechEngine = findSpeech();
        List<Path> sources = DataDirectory.contentSources(options.contentDirectory(), options.dataDirectory().root());
        // The bundled content was checked against the schema when it was built; records and the
        // validator still check everything here (docs/decisions/0002).
        ContentCatalog catalog = new ContentLoader(Resources.NONE, false).load(sources);
        catalog.problems().forEach(problem -> LOG.warning(problem.format()));
        database = Database.open(options.dataDirectory(), Clock.systemUTC());
        LearnerRepository learners = new LearnerRepository(database);
        ClassRepository classes = new ClassRepository(database);
        ModuleAssignmentRepository assignments = new ModuleAssignmentRepository(database);
        BadgeRepository badges = new BadgeRepository(database);
        LearningService learning = new LearningService(catalog, learners,
                new LessonProgressRepository(database), new QuizRepository(database),
                new ChatChoiceRepository(database), badges, new ReviewRepository(database), assignments,
                Clock.systemDefaultZone());
        AdultServices adult = new AdultServices(new AdultPin(new SettingsRepository(database), Clock.systemUTC()),
                new Classroom(catalog, learners, classes, assignments),
                new ReportService(catalog, learners, classes, new DashboardRepository(database), badges, Clock.systemUTC()),
                Clock.systemUTC(), fileDialogs);
        return new Services(learning, adult);
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
        if (readAloud != null) {
            readAloud.close();
        }
        if (background != null) {
            background.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
