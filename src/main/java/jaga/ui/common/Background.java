package jaga.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work away from the JavaFX thread and hands the result back to it.
 * Tests of view models can pass {@link #direct()} to run everything in line.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    default void run(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
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
