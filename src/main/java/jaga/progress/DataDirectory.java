package jaga.progress;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where a family's data lives: the progress database, backups and teachers' own modules. */
public final class DataDirectory {

    public static final String ENVIRONMENT_VARIABLE = "JAGA_DATA_DIR";
    public static final String DATABASE_FILE = "jaga.db";
    /** What the write check writes: one disk block, so that a full disk is found before SQLite meets it. */
    private static final int PROBE_BYTES = 4096;

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    /** Where teachers' own modules live: {@code modules/} in the data folder. */
    public static Path ownModules(Path dataFolder) {
        return dataFolder.resolve("modules");
    }

    /**
     * The content folders Jaga reads: the bundled content, then teachers' own modules if the data
     * folder has any. An id used in both is reported as a problem, not shadowed.
     */
    public static List<Path> contentSources(Path bundledContent, Path dataFolder) {
        Path own = ownModules(dataFolder);
        return Files.isDirectory(own) ? List.of(bundledContent, own) : List.of(bundledContent);
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /**
     * The folder to use: the --data-dir option, else JAGA_DATA_DIR, else the platform's usual
     * place for application data.
     */
    public static Path choose(Optional<Path> option, Map<String, String> environment, String osName, Path home) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Jaga");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Jaga");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("jaga");
    }

    /** Creates the folder if needed and proves it can be written, or says plainly why not. */
    public static DataDirectory prepare(Path root) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw unusable(root, "it is a file, not a folder");
        }
        try {
            Files.createDirectories(root);
        } catch (FileSystemException | InvalidPathException e) {
            throw unusable(root, "it cannot be created");
        } catch (IOException e) {
            throw unusable(root, "it cannot be created (" + e.getMessage() + ")");
        }
        if (!Files.isDirectory(root)) {
            throw unusable(root, "it is not a folder");
        }
        try {
            // A block of data, not just an empty file: an empty file still fits on a full disk.
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            try {
                Files.write(probe, new byte[PROBE_BYTES]);
            } finally {
                Files.delete(probe);
            }
        } catch (IOException e) {
            if (freeSpace(root) < PROBE_BYTES) {
                throw new ProgressException.DataDirectoryUnusable("Cannot use the data folder " + root + ": the disk"
                        + " it is on is full. Free some space and open Jaga again; nothing was changed.");
            }
            throw unusable(root, "Jaga cannot write there");
        }
        return new DataDirectory(root);
    }

    private static long freeSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // unknown: say the general "cannot write there"
        }
    }

    private static ProgressException.DataDirectoryUnusable unusable(Path root, String reason) {
        return new ProgressException.DataDirectoryUnusable("Cannot use the data folder " + root + ": " + reason
                + ". Choose another with --data-dir or " + ENVIRONMENT_VARIABLE + ".");
    }
}
