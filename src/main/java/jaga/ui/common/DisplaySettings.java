package jaga.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * How the screen looks on this computer: text size (100% to 200%), high contrast, and whether
 * chat messages appear at a reading pace or all at once, and reduced motion (no celebration
 * animation or sound). Kept in display.properties in the data
 * folder, so a classroom PC keeps its setting for every child.
 */
public final class DisplaySettings {
    private static final Logger LOG = Logger.getLogger(DisplaySettings.class.getName());
    public static final String FILE = "display.properties";
    public static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 175, 200);
    public static final double BASE_FONT_PX = 16;

    private final Path file;
    private final IntegerProperty textSize = new SimpleIntegerProperty(100);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);
    private final BooleanProperty instantMessages = new SimpleBooleanProperty(false);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(false);

    private DisplaySettings(Path file) {
        this.file = file;
    }

    /**
     * Reads the settings (defaults where the file is missing or unreadable), after any save still on
     * its way to the file, and saves every change off the JavaFX thread (see {@link SettingsWriter}).
     */
    public static DisplaySettings load(Path dataFolder) {
        SettingsWriter.flush();
        DisplaySettings settings = new DisplaySettings(dataFolder.resolve(FILE));
        Properties saved = new Properties();
        // Not through a link: in a shared lab folder anyone could point display.properties at another file.
        if (Files.isRegularFile(settings.file, LinkOption.NOFOLLOW_LINKS)) {
            try (Reader in = new InputStreamReader(Files.newInputStream(settings.file, LinkOption.NOFOLLOW_LINKS),
                    StandardCharsets.UTF_8)) {
                saved.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "display settings unreadable, using defaults: " + settings.file, e);
            }
        }
        int size = parse(saved.getProperty("textSize"), 100);
        settings.textSize.set(TEXT_SIZES.contains(size) ? size : 100);
        settings.highContrast.set(Boolean.parseBoolean(saved.getProperty("highContrast", "false")));
        settings.instantMessages.set(Boolean.parseBoolean(saved.getProperty("instantMessages", "false")));
        settings.textSize.addListener((obs, old, now) -> settings.save());
        settings.highContrast.addListener((obs, old, now) -> settings.save());
        settings.instantMessages.addListener((obs, old, now) -> settings.save());
        settings.reducedMotion.set(Boolean.parseBoolean(saved.getProperty("reducedMotion", "false")));
        settings.reducedMotion.addListener((obs, old, now) -> settings.save());
        return settings;
    }

    private static int parse(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Written to a new temporary file first (made by Jaga, never a name someone else prepared: a link
     * there would have Jaga write into another file), then moved over the old one, so a crash never
     * leaves half a settings file. The values are taken now, on the caller's thread; the writing is
     * done by {@link SettingsWriter}'s thread, and a failure is logged there.
     */
    private void save() {
        Properties properties = new Properties();
        properties.setProperty("textSize", Integer.toString(textSize.get()));
        properties.setProperty("highContrast", Boolean.toString(highContrast.get()));
        properties.setProperty("instantMessages", Boolean.toString(instantMessages.get()));
        properties.setProperty("reducedMotion", Boolean.toString(reducedMotion.get()));
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try {
            properties.store(new OutputStreamWriter(content, StandardCharsets.UTF_8), "Jaga display settings");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory: cannot happen
        }
        SettingsWriter.save(file, content.toByteArray(),
                e -> LOG.log(Level.WARNING, "could not save display settings to " + file, e));
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public BooleanProperty instantMessagesProperty() {
        return instantMessages;
    }

    /** No celebration animation or sound (the words stay): for children whom movement or sudden sound upsets. */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /** The root font size in pixels; every size in the stylesheets is relative to it. */
    public double fontPixels() {
        return BASE_FONT_PX * textSize.get() / 100.0;
    }
}
