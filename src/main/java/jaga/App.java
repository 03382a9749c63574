package jaga;

import atlantafx.base.theme.PrimerLight;
import jaga.cli.LaunchOptions;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.learning.LearningService;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.LessonProgressRepository;
import jaga.progress.QuizRepository;
import jaga.ui.common.FxBackground;
import jaga.ui.common.I18n;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import jaga.ui.shell.AppFlow;
import jaga.ui.shell.MainWindow;
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

    /** Used by {@link Application#launch}; options arrive as named parameters. */
    public App() {}

    /** Used by tests and embedders that already hold checked options. */
    public App(LaunchOptions options) {
        this.options = Objects.requireNonNull(options);
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

        AppFlow[] flow = new AppFlow[1];
        MainWindow window = new MainWindow(navigator, session, i18n,
                () -> flow[0].showProfiles(), () -> flow[0].toggleLanguage());
        Scene scene = new Scene(window, 1100, 760);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/jaga/ui/theme/jaga.css")).toExternalForm());
        stage.setTitle("Jaga");
        stage.setMinWidth(720);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();

        // Content and the database load off the JavaFX thread so the window is never frozen.
        background.run(this::openServices, learning -> {
            flow[0] = new AppFlow(learning, background, i18n, navigator, session);
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

    private LearningService openServices() {
        List<Path> sources = new java.util.ArrayList<>(List.of(options.contentDirectory()));
        Path own = DataDirectory.ownModules(options.dataDirectory().root());
        if (java.nio.file.Files.isDirectory(own)) {
            sources.add(own); // teachers' own modules; an id used twice is reported, not shadowed
        }
        ContentCatalog catalog = new ContentLoader().load(sources);
        catalog.problems().forEach(problem -> LOG.warning(problem.format()));
        database = Database.open(options.dataDirectory(), Clock.systemUTC());
        return new LearningService(catalog, new LearnerRepository(database), new LessonProgressRepository(database),
                new QuizRepository(database));
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
