package jaga;

import jaga.testing.Modules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the jaga command line in this JVM, as a teacher would, on a data folder with the bundled content. */
final class CommandRuns {
    private CommandRuns() {}

    /** {@code jaga --data-dir DATA args...}; what it prints goes to out and err; a window opening fails the test. */
    static int onData(Path data, StringWriter out, StringWriter err, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("JAGA_CONTENT_DIR", Modules.bundledContent().toString()), options -> {
                    throw new AssertionError("no window should open");
                });
    }
}
