package jaga;

import jaga.cli.JagaCommand;
import jaga.cli.LaunchOptions;
import jaga.progress.ProgressException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import picocli.CommandLine;

/**
 * Plain entry point (not a JavaFX Application, so the JavaFX jars on the class path suffice):
 * opens the window when no command is given, or runs a command.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv(), Main::openWindow));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                   ToIntFunction<LaunchOptions> windowLauncher) {
        Optional<LaunchOptions> window = JagaCommand.plainWindowLaunch(args, environment);
        if (window.isPresent()) {
            return windowLauncher.applyAsInt(window.get()); // the usual start, kept quick
        }
        CommandLine commandLine = new CommandLine(new JagaCommand(windowLauncher, environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof ProgressException) {
                // A message a parent can act on, not a stack trace.
                cmd.getErr().println("jaga: " + exception.getMessage());
                return JagaCommand.EXIT_UNUSABLE;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    private static int openWindow(LaunchOptions options) {
        App.launchWith(options);
        return JagaCommand.EXIT_OK;
    }
}
