package jaga.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work away from the JavaFX thread and hands the result back to it.
 * Tests of view models can pass {@link #direct()} to run everything in line. View models use it
 * through {@link Tasks} (busy, progress, cancel and one failure handler), not directly.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    default void run(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /**
     * A failure handler that logs what it is handed itself ({@link Tasks} does): the worker then
     * does not, so each failure is logged once. Work handed to {@link #run} with any other handler
     * has its failure logged by the worker.
     */
    @FunctionalInterface
    interface LogsItsFailures extends Consumer<Throwable> {}

    /**
     * Runs {@code update} where the screen's state may be changed: on the JavaFX thread for the real
     * worker, in line for {@link #direct()}. Used for progress reported while work runs.
     */
    default void toScreen(Runnable update) {
        update.run();
    }

    static Background direct() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
