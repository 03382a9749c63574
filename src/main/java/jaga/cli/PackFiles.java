package jaga.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Small file helpers for the commands that write module folders. */
final class PackFiles {
    private PackFiles() {}

    /** Deletes a folder and everything in it (links themselves, never what they point to); quiet when it fails. */
    static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // left behind: a temporary folder, named as such
                }
            });
        } catch (IOException e) {
            // left behind: a temporary folder, named as such
        }
    }
}
