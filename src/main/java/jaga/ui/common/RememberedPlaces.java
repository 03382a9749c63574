package jaga.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the adult was last on this computer: the folder they last saved or opened a file in (so
 * the next file dialog opens there, not in Jaga's own folder), and what the progress page last
 * showed (a class, or every child), so the adult area opens on the teacher's class. Kept in
 * places.properties in the data folder, beside display.properties: it belongs to this computer,
 * so it never goes into an export or to the school hub.
 */
public final class RememberedPlaces {
    private static final Logger LOG = Logger.getLogger(RememberedPlaces.class.getName());
    public static final String FILE = "places.properties";
    private static final String FOLDER = "lastFolder";
    private static final String PROGRESS = "progressShows";

    private final Path file;
    private final Properties values = new Properties();

    private RememberedPlaces(Path file) {
        this.file = file;
    }

    /**
     * What was remembered in the data folder (nothing where the file is missing or unreadable), after
     * any save still on its way to the file. Each change is saved off the JavaFX thread ({@link SettingsWriter}).
     */
    public static RememberedPlaces load(Path dataFolder) {
        SettingsWriter.flush();
        RememberedPlaces places = new RememberedPlaces(dataFolder.resolve(FILE));
        if (Files.isRegularFile(places.file)) {
            try (Reader in = Files.newBufferedReader(places.file, StandardCharsets.UTF_8)) {
                places.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.INFO, "remembered places unreadable, starting afresh: " + places.file + ": " + e);
            }
        }
        return places;
    }

    /** Remembers for as long as Jaga runs and writes nothing (for tests and screens without a data folder). */
    public static RememberedPlaces inMemory() {
        return new RememberedPlaces(null);
    }

    /** The folder the adult last used, if it is still there. */
    public synchronized Optional<Path> lastFolder() {
        String saved = values.getProperty(FOLDER);
        if (saved == null || saved.isBlank()) {
            return Optional.empty();
        }
        try {
            Path folder = Path.of(saved);
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A file was chosen (or a folder): its folder is where the next dialog opens. */
    public void fileChosen(Path chosen) {
        Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder != null) {
            put(FOLDER, folder.toAbsolutePath().toString());
        }
    }

    /** The class the adult looked at last ("class:ID", on the Progress or Classes page), "family" for every child, or empty the first time. */
    public synchronized Optional<String> lastView() {
        return Optional.ofNullable(values.getProperty(PROGRESS)).filter(s -> !s.isBlank());
    }

    public void viewed(String what) {
        put(PROGRESS, what);
    }

    private synchronized void put(String key, String value) {
        if (value.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, value);
        if (file == null) {
            return;
        }
        // Taken now; written by the settings writer to a temporary file first, so a crash never leaves half of it.
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try {
            values.store(new OutputStreamWriter(content, StandardCharsets.UTF_8),
                    "Jaga: where the adult was last on this computer");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory: cannot happen
        }
        // A read-only or full data folder: the place is remembered while Jaga runs, which is enough.
        SettingsWriter.save(file, content.toByteArray(),
                e -> LOG.log(Level.INFO, "could not remember " + key + " in " + file + ": " + e));
    }
}
