package jaga.ui.picture;

import jaga.content.ModuleFiles;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.Image;

/**
 * Loads pictures off the JavaFX thread: a module's pictures (only the real file inside the module
 * folder, see {@link ModuleFiles}) and the app's own art (chat personas, the mascot). JavaFX's
 * background loading decodes the file on its own thread; the screen shows the picture when it
 * is ready and the picture's words if it cannot be read. The app's art is small and shared, so
 * each is loaded once.
 */
public final class Pictures {
    /** The app's own art, in the jar: see content/art/README.md for how it is made. */
    static final String ART = "/jaga/art/";

    private static final Map<String, Image> ART_CACHE = new ConcurrentHashMap<>();

    private Pictures() {}

    /**
     * A picture of a module, decoded at most {@code width} pixels wide, loading in the
     * background; empty when the name does not lead to a file inside the module folder.
     */
    public static Optional<Image> fromModule(Path moduleFolder, String name, double width) {
        if (moduleFolder == null || name == null) {
            return Optional.empty();
        }
        return ModuleFiles.picture(moduleFolder, name).map(file -> new Image(file.toUri().toString(), width, 0, true, true, true));
    }

    /** One of the app's pictures by its path under /jaga/art/ (e.g. "personas/aina.png"), loaded once, in the background. */
    public static Optional<Image> art(String name) {
        URL url = Pictures.class.getResource(ART + name);
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(ART_CACHE.computeIfAbsent(name, key -> new Image(url.toExternalForm(), 0, 0, true, true, true)));
    }
}
