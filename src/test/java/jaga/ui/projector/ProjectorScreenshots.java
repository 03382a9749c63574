package jaga.ui.projector;

import atlantafx.base.theme.PrimerLight;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.testing.Modules;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import jaga.ui.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Not a test: draws projector mode on a real display (run under Xvfb) at projector sizes, both
 * languages, 100% and 200% text and high contrast, and writes PNGs to look at.
 * Usage: java ... jaga.ui.projector.ProjectorScreenshots OUT_DIR
 */
public final class ProjectorScreenshots {
    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        ContentCatalog catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> { });
        Stage[] stageHolder = new Stage[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stageHolder[0] = new Stage();
            stageHolder[0].show();
        });
        Stage stage = stageHolder[0];
        {
            {
                String[][] shots = {
                        {"1024", "768", "en", "100", "false", "chooser"},
                        {"1024", "768", "en", "100", "false", "text"},
                        {"1024", "768", "en", "100", "false", "vote"},
                        {"1024", "768", "en", "100", "false", "revealed"},
                        {"1024", "768", "en", "100", "false", "ending"},
                        {"1024", "768", "en", "100", "false", "notes"},
                        {"1366", "768", "en", "100", "false", "revealed"},
                        {"1366", "768", "ms", "100", "false", "revealed"},
                        {"1024", "768", "ms", "200", "false", "revealed"},
                        {"1024", "768", "en", "200", "false", "text"},
                        {"1024", "768", "en", "200", "false", "notes"},
                        {"1366", "768", "en", "100", "true", "revealed"},
                        {"1366", "768", "en", "100", "false", "check"},
                        {"1366", "768", "en", "100", "false", "flags"},
                        {"1366", "768", "en", "100", "false", "help"},
                        {"1366", "768", "en", "150", "true", "flags"},
                        {"1024", "768", "en", "200", "false", "helpnotes"},
                        {"1024", "768", "en", "200", "false", "vote"},
                        {"1024", "768", "ms", "100", "false", "window"},
                };
                for (String[] shot : shots) {
                    Scene[] scene = new Scene[1];
                    onFx(() -> scene[0] = prepare(stage, catalog, shot));
                    Thread.sleep(400); // a few pulses: layout, then the scroll set after it
                    onFx(() -> write(scene[0], out, shot));
                }
            }
        }
        done.countDown();
        Platform.exit();
    }

    interface FxWork {
        void run() throws Exception;
    }

    private static void onFx(FxWork work) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                latch.countDown();
            }
        });
        latch.await();
    }

    private static Scene prepare(Stage stage, ContentCatalog catalog, String[] shot) throws Exception {
        int width = Integer.parseInt(shot[0]);
        int height = Integer.parseInt(shot[1]);
        Path data = Files.createTempDirectory("projector-shot");
        DisplaySettings display = DisplaySettings.load(data);
        display.textSizeProperty().set(Integer.parseInt(shot[3]));
        display.highContrastProperty().set(Boolean.parseBoolean(shot[4]));
        I18n i18n = new I18n();
        i18n.setLanguage(shot[2]);
        Navigator navigator = new Navigator();
        MainWindow window = new MainWindow(navigator, new Session(), i18n, display, catalog::resources, () -> { }, () -> { });
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(ProjectorScreenshots.class.getResource("/jaga/ui/theme/jaga.css").toExternalForm());
        if (display.highContrastProperty().get()) {
            scene.getStylesheets().add(ProjectorScreenshots.class.getResource("/jaga/ui/theme/jaga-high-contrast.css").toExternalForm());
        }
        scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", display.fontPixels()));
        ProjectorViewModel model = new ProjectorViewModel(catalog);
        ProjectorView view = new ProjectorView(model, i18n, display, () -> { });
        navigator.show(view);
        stage.setScene(scene);
        stage.setWidth(width);
        stage.setHeight(height);
        String state = shot[5];
        if (!state.equals("chooser")) {
            model.open(catalog.module("grooming-10-12").orElseThrow());
        }
        switch (state) {
            case "text" -> { }
            case "vote", "revealed", "ending", "notes", "window" -> {
                for (int i = 0; i < 3; i++) {
                    model.next();
                }
                while (model.slide().nextAction() == Slide.NextAction.NEXT_MESSAGE) {
                    model.next();
                }
                model.vote("tell-mum", 18);
                model.vote("say-no", 7);
                model.vote("keep-secret", 4);
                if (!state.equals("vote")) {
                    model.reveal();
                }
                if (state.equals("ending")) {
                    model.next();
                }
                if (state.equals("notes")) {
                    model.toggleNotes();
                }
                if (state.equals("window")) {
                    view.openNotesWindow();
                    notesStage = view.notesStage();
                }
            }
            case "check" -> {
                while (!(model.slide().step() instanceof jaga.content.Step.Check)) {
                    step(model);
                }
                model.voteFor(1, 3);
                model.reveal();
            }
            case "flags" -> {
                while (!(model.slide().step() instanceof jaga.content.Step.SpotTheFlags)) {
                    step(model);
                }
                model.reveal();
            }
            case "help", "helpnotes" -> {
                if (state.equals("helpnotes")) {
                    model.toggleNotes();
                }
                while (!(model.slide().step() instanceof jaga.content.Step.Help)) {
                    step(model);
                }
            }
            default -> { }
        }
        return scene;
    }

    private static Stage notesStage;

    private static void write(Scene scene, Path out, String[] shot) throws Exception {
        if (notesStage != null) {
            Scene notes = notesStage.getScene();
            notesStage = null;
            String[] named = shot.clone();
            named[5] = "notes-window";
            write(notes, out, named);
        }
        WritableImage image = scene.snapshot(null);
        BufferedImage buffered = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                buffered.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        String name = String.join("-", shot[5], shot[0] + "x" + shot[1], shot[2], shot[3],
                shot[4].equals("true") ? "hc" : "std") + ".png";
        ImageIO.write(buffered, "png", out.resolve(name).toFile());
    }

    private static void step(ProjectorViewModel model) {
        if (model.slide().nextAction() == Slide.NextAction.PICK_A_REPLY) {
            model.choose(model.slide().options().get(0).id());
        } else {
            model.next();
        }
    }
}
