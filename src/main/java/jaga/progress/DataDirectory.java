package jaga.progress;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /**
     * Jaga's own entries in the folder. None may be a link: in a lab's shared folder anyone can
     * replace one with a link to another file, and Jaga would then read or write that file instead.
     */
    static final List<String> OWN_ENTRIES = List.of("jaga.lock", DATABASE_FILE, DATABASE_FILE + "-wal",
            DATABASE_FILE + "-shm", "backups");

    private final Path root;
    private final Path realRoot;

    private DataDirectory(Path root, Path realRoot) {
        this.root = root;
        this.realRoot = realRoot;
    }

    public Path root() {
        return root;
    }

    /**
     * The folder with every link on the way to it resolved: what Jaga hands to SQLite, which is
     * told to follow no link at all from there (the folder itself may be reached through links; the
     * adult chose it).
     */
    Path realRoot() {
        return realRoot;
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
                throw new ProgressException.DataDirectoryUnusable("progress.folderFull", "Cannot use the data folder " + root + ": the disk"
                        + " it is on is full. Free some space and open Jaga again; nothing was changed.");
            }
            throw new ProgressException.DataDirectoryUnusable("progress.folderNotWritable", "Cannot use the data folder "
                    + root + ": Jaga cannot write there. Choose another with --data-dir or " + ENVIRONMENT_VARIABLE + ".");
        }
        try {
            return new DataDirectory(root, root.toRealPath());
        } catch (IOException e) {
            throw unusable(root, "it cannot be found again (" + e.getMessage() + ")");
        }
    }

    /**
     * Refuses the folder if one of Jaga's own entries in it ({@link #OWN_ENTRIES}) is a link, saying
     * which and where it points. Called before anything is opened; opening itself follows no link
     * either (the lock file is opened with O_NOFOLLOW, SQLite with SQLITE_OPEN_NOFOLLOW), so a link
     * made after this check is refused too, only in less friendly words.
     */
    void refuseLinks() {
        for (String name : OWN_ENTRIES) {
            Path entry = root.resolve(name);
            if (Files.isSymbolicLink(entry)) {
                throw linked(root, entry);
            }
        }
    }

    /** "X in the data folder is a link": the refusal for any of Jaga's own files found to be one. */
    static ProgressException.DataDirectoryUnusable linked(Path root, Path entry) {
        String target;
        try {
            target = " to " + Files.readSymbolicLink(entry);
        } catch (IOException | UnsupportedOperationException e) {
            target = "";
        }
        return new ProgressException.DataDirectoryUnusable("progress.folderLinked", "Cannot use the data folder " + root + ": "
                + entry.getFileName() + " in it is a link" + target + ", not a file of Jaga's own. Jaga follows no"
                + " links in its data folder, so that nobody who can write there can make it change another file."
                + " Delete the link " + entry + " and open Jaga again; nothing was changed.");
    }

    /** The same refusal for a file that is not a link but has a second name elsewhere (a hard link). */
    static ProgressException.DataDirectoryUnusable sharedName(Path root, Path entry) {
        return new ProgressException.DataDirectoryUnusable("progress.folderLinked", "Cannot use the data folder " + root + ": "
                + entry.getFileName() + " in it is also another file under a second name (a hard link), not a file of"
                + " Jaga's own. Delete " + entry + " and open Jaga again; nothing was changed.");
    }

    /** Whether the entry exists as itself (a link counts, whatever it points to, or if it points nowhere). */
    static boolean present(Path entry) {
        return Files.exists(entry, LinkOption.NOFOLLOW_LINKS);
    }

    /** The attributes of the entry itself, never of what a link points to. */
    static BasicFileAttributes ownAttributes(Path entry) throws IOException {
        return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
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
