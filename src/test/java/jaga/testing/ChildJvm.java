package jaga.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts another Java process on the test class path: a second Jaga, or one to kill. */
public final class ChildJvm {
    private ChildJvm() {}

    public static Process start(Class<?> main, String... args) throws IOException {
        return new ProcessBuilder(command(List.of(), main, args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /**
     * The command line that runs {@code main} in a new JVM, after {@code wrapper} (for example
     * {@code setpriv ...} to run it as another user, or {@code prlimit ...} to limit it).
     */
    public static List<String> command(List<String> wrapper, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }
}
