package jaga.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM in its own user and mount namespaces ({@code unshare --user --map-root-user --mount}),
 * where it may mount things without being root outside: a read-only view of a folder, or a tiny
 * tmpfs that fills up. Real EROFS and ENOSPC from the kernel, which a chmod cannot give a test
 * that runs as root. The mounts vanish with the child.
 */
public final class ConfinedChild {
    private static Boolean mountingAllowed;

    private ConfinedChild() {}

    /** Whether this machine lets an ordinary process have its own namespaces and mount a tmpfs there. */
    public static synchronized boolean mountingAllowed() {
        if (mountingAllowed == null) {
            try {
                Path probe = Files.createTempDirectory("jaga-mount-probe");
                try {
                    Process process = new ProcessBuilder(wrapper("mount -t tmpfs -o size=64k tmpfs \"$0\"", probe))
                            .redirectErrorStream(true).start();
                    process.getInputStream().readAllBytes();
                    mountingAllowed = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
                } finally {
                    Files.deleteIfExists(probe);
                }
            } catch (IOException | InterruptedException e) {
                mountingAllowed = false;
            }
        }
        return mountingAllowed;
    }

    /**
     * Runs {@code setup} (a shell command in which {@code "$0"} is {@code folder}), then {@code main} in a
     * JVM in the same namespaces, and returns what it printed, line by line.
     */
    public static List<String> run(String setup, Path folder, Class<?> main, String... args) throws Exception {
        List<String> command = ChildJvm.command(wrapper(setup + " && exec \"$@\"", folder), main, args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the confined child did not finish; it printed " + output);
        }
        return new ArrayList<>(output.lines().toList());
    }

    private static List<String> wrapper(String script, Path folder) {
        return List.of("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, folder.toString());
    }
}
