package jaga.ui;

import jaga.content.ContentModule;
import jaga.progress.BadgeRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LessonProgressRepository;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not part of the build's tests (the name does not end in Test): draws the path, the lesson-done
 * moment, the badge shelf, help for a 7-9 learner and the header at 1024x768, in both languages,
 * at 100% and 200% and in high contrast, into target/screenshots/ to look at.
 * Run: ./mvnw -o test -Dtest=PathScreenshots -Dsurefire.failIfNoSpecifiedTests=false
 */
class PathScreenshots extends JourneyTestBase {
    private static final String MODULE = "grooming-7-9";

    @ParameterizedTest
    @CsvSource({"en,100,false", "ms,100,false", "en,200,false", "ms,200,false", "en,100,true", "ms,150,false"})
    void screens(String language, int size, boolean contrast) throws Exception {
        String tag = language + "-" + size + (contrast ? "-hc" : "");
        Files.writeString(dataFolder.resolve("display.properties"),
                "instantMessages=true\ntextSize=" + size + "\nhighContrast=" + contrast + "\n");
        learnerAddedByAnAdult("Nurul", "rabbit", "7-9", language);
        ContentModule module = module(MODULE);
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            LessonProgressRepository lessons = new LessonProgressRepository(database);
            var first = module.lessons().get(0);
            lessons.completed(1, MODULE, first.id(), first.steps().size() - 1);
            var second = module.lessons().get(1);
            lessons.stepReached(1, MODULE, second.id(), second.steps().size() - 1);
            new BadgeRepository(database).award(1, "badge-scams-7-9", "scams-7-9");
        }
        startApp();
        Window window = listTargetWindows().stream().filter(w -> w.getScene() != null && w.isShowing()).findFirst().orElseThrow();
        interact(() -> {
            window.setWidth(1024);
            window.setHeight(768);
        });
        LearnerRobot nurul = new LearnerRobot(this, module);
        nurul.waitFor("#learner-1");
        shot(window, "profiles-" + tag);
        nurul.press("#learner-1");
        nurul.waitFor("#path-" + MODULE + "-1");
        shot(window, "home-" + tag);
        nurul.press("#openBadges");
        nurul.waitFor("#badgeShelf");
        shot(window, "badges-" + tag);
        nurul.press("#closeBadges");
        nurul.press("#open-" + MODULE);
        nurul.waitFor("#stepBody");
        shot(window, "lesson-" + tag);
        nurul.press("#nextStep");
        nurul.waitFor("#lessonDone");
        Thread.sleep(900); // the stars' pop has settled
        shot(window, "lesson-done-" + tag);
        nurul.press("#previousStep");
        nurul.press("#previousStep");
        nurul.press("#previousStep");
        nurul.playChat();
        shot(window, "chat-ending-" + tag);
        nurul.press("#getHelp");
        nurul.waitFor("#contact-talian-kasih");
        shot(window, "help-" + tag);
    }

    private void shot(Window window, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = window.getScene();
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = scene.snapshot(null));
        PixelReader pixels = image[0].getPixelReader();
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(out, "png", folder.resolve(name + ".png").toFile());
    }
}
