package jaga.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
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

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "background work failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
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
