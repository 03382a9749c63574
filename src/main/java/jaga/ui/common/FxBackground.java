package jaga.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * One worker thread: SQLite has a single writer, so work runs in the order it was asked for,
 * and each answer is saved before the next is taken.
 */
public final class FxBackground implements Background, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxBackground.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jaga-worker");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs the work on the worker. Work asked for after {@link #close()} (a screen's timer firing
     * while Jaga shuts down, such as the adult area's idle lock) is not run, and nothing is called back.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (worker.isShutdown()) {
            LOG.fine("work asked for after Jaga began to close: not run");
            return;
        }
        try {
            submit(work, onSuccess, onFailure);
        } catch (RejectedExecutionException closing) {
            LOG.fine("work asked for while Jaga was closing: not run");
        }
    }

    private <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                // Logged once: where it is handled when the handler logs (Tasks does, for every view
                // model), else here, as a line for a condition of ordinary use or a fault's stack trace.
                if (!(onFailure instanceof LogsItsFailures)) {
                    Failures.log(LOG, "background work", e);
                }
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void toScreen(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    /** Lets saves already asked for finish before the app closes. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
