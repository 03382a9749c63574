package jaga.ui.common;

import java.io.PrintStream;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up moments, for measuring start-up honestly from inside and outside the process.
 * <ul>
 *   <li>{@link #mark}: a phase with the milliseconds since the process started, printed to stderr
 *       only when {@code -Djaga.startup.trace=true} is set;</li>
 *   <li>{@link #whenRendered}: runs something once the scene has been laid out and rendered by a pulse;</li>
 *   <li>{@link #interactive}: the one "first real screen is usable" moment; prints {@link #READY_LINE}
 *       and quits if asked to ({@code --exit-when-ready}), so the time can be taken from outside.</li>
 * </ul>
 * Jaga and the bare comparison window ({@code jaga.bench.BareWindow}) both use it, so both are measured alike.
 */
public final class StartupTiming {
    /** Printed to stdout at the interactive moment when exiting there; {@code jaga bench startup} waits for it. */
    public static final String READY_LINE = "jaga: interactive";

    private static final boolean TRACE = Boolean.getBoolean("jaga.startup.trace");

    private StartupTiming() {}

    /** Prints a start-up phase when tracing is on; costs nothing otherwise. */
    public static void mark(String phase) {
        if (TRACE) {
            System.err.printf("jaga startup: %5d ms  %s  [%s]%n", millisSinceProcessStart(), phase,
                    Thread.currentThread().getName());
        }
    }

    /** Runs {@code then} on the JavaFX thread after the next pulse has laid out and rendered {@code scene}. */
    public static void whenRendered(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The pulse renders after its layout pass; anything queued now runs once that pulse is over.
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * The first real screen is shown and usable (called once per start).
     *
     * @param exitWhenReady print {@link #READY_LINE} and quit JavaFX (exit code 0), for timing from outside
     */
    public static void interactive(boolean exitWhenReady) {
        mark("interactive");
        if (exitWhenReady) {
            PrintStream out = System.out;
            out.println(READY_LINE + " after " + millisSinceProcessStart() + " ms");
            out.flush();
            Platform.exit();
        }
    }

    /** Since the operating system started the process (to 10 ms on Linux); -1 if the system does not say. */
    public static long millisSinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Instant.now().toEpochMilli() - start.toEpochMilli())
                .orElse(-1L);
    }
}
