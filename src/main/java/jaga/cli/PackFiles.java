package jaga.cli;

import jaga.content.pack.PackRefused;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Small helpers for the commands that read and write module packs and folders. */
final class PackFiles {
    private PackFiles() {}

    /** A pack command's work: returns its exit code. */
    interface Work {
        int run() throws PackRefused, IOException;
    }

    /**
     * Runs a pack command's work: a pack refused exits 1 (EXIT_PROBLEMS), a file that cannot be read or
     * written 2 (EXIT_UNUSABLE), each with its message after {@code refused} or {@code unusable}; the
     * command's output and errors are flushed either way.
     */
    static int run(JagaSubcommand command, String refused, String unusable, Work work) {
        PrintWriter err = command.err();
        try {
            return work.run();
        } catch (PackRefused e) {
            err.println(refused + e.getMessage());
            return JagaCommand.EXIT_PROBLEMS;
        } catch (IOException e) {
            err.println(unusable + e.getMessage());
            return JagaCommand.EXIT_UNUSABLE;
        } finally {
            command.out().flush();
            err.flush();
        }
    }

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
