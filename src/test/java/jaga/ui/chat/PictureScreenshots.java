package jaga.ui.chat;

import atlantafx.base.theme.PrimerLight;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Step;
import jaga.testing.Modules;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import jaga.ui.lesson.steps.StepContext;
import jaga.ui.lesson.steps.StepViews;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Not a test: draws a lesson picture and chats in their skins on a real display (run under Xvfb)
 * at 1024x768, both languages, 100% and 200% text and high contrast, and writes PNGs to look at.
 * Chat messages appear at once, and the chat's first reply is picked so a reply shows.
 * Usage: java ... jaga.ui.chat.PictureScreenshots OUT_DIR [MODULE:STEP:NAME ...] (other steps than the usual four)
 */
public final class PictureScreenshots {
    private static final String[][] STEPS = {
            {"grooming-7-9", "meet-siti", "picture"},
            {"grooming-7-9", "bluepanda-chat", "lobby"},
            {"cyberbullying-7-9", "help-siti", "group"},
            {"images-7-9", "spot-zul", "flags"},
    };

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        Path data = Files.createTempDirectory("jaga-shots");
        ContentCatalog catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
        Platform.startup(() -> { });
        Stage[] stage = new Stage[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage[0] = new Stage();
            stage[0].show();
        });
        String[][] steps = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length).map(arg -> arg.split(":", 3)).toArray(String[][]::new)
                : STEPS;
        for (String[] step : steps) {
            for (String language : List.of("en", "ms")) {
                for (int size : List.of(100, 200)) {
                    for (boolean contrast : List.of(false, true)) {
                        if (contrast && size == 200) {
                            continue;
                        }
                        onFx(() -> shoot(stage[0], catalog, data, step, language, size, contrast, out));
                        Thread.sleep(1500); // pictures load in the background
                        onFx(() -> write(stage[0].getScene(), out.resolve(String.join("-", step[2], language,
                                Integer.toString(size), contrast ? "hc" : "std") + ".png")));
                    }
                }
            }
        }
        Platform.exit();
    }

    private static void shoot(Stage stage, ContentCatalog catalog, Path data, String[] which, String language, int size,
                              boolean contrast, Path out) {
        ContentModule module = catalog.module(which[0]).orElseThrow();
        Step step = module.lessons().stream().flatMap(lesson -> lesson.steps().stream())
                .filter(s -> s.id().equals(which[1])).findFirst().orElseThrow();
        I18n i18n = new I18n();
        i18n.setLanguage(language);
        DisplaySettings display = DisplaySettings.load(data);
        display.instantMessagesProperty().set(true);
        display.highContrastProperty().set(contrast);
        StepContext context = new StepContext(i18n, catalog.resources(), catalog.folderOf(module), display, (c, choice) -> { });
        VBox page = new VBox(StepViews.create(step, context).node());
        page.getStyleClass().add("lesson-card");
        page.setStyle("-fx-padding: 24px;");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 16.0 * size / 100));
        Scene scene = new Scene(scroll, 1024, 768);
        scene.getStylesheets().add(PictureScreenshots.class.getResource("/jaga/ui/theme/jaga.css").toExternalForm());
        if (contrast) {
            scene.getStylesheets().add(PictureScreenshots.class.getResource("/jaga/ui/theme/jaga-high-contrast.css").toExternalForm());
        }
        stage.setScene(scene);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (step instanceof Step.Chat) {
            scene.getRoot().lookupAll(".chat-reply").stream().findFirst().ifPresent(reply -> ((javafx.scene.control.Button) reply).fire());
        }
    }

    private static void write(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        BufferedImage buffered = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                buffered.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
