package jaga.ui.common;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A view model's background work, in one place: each task runs off the screen's thread on the
 * {@link Background} (in line in tests, with {@link Background#direct()}), and the view model gets
 * read-only state the screen binds to: busy while any task runs, the progress of the latest one,
 * and the last problem. A task may report progress and be cancelled. Every failure goes through the
 * one failure handler: logged once (a condition of ordinary use as a line, a fault with its stack
 * trace), kept as {@link #problemProperty()} for the screen to say in the reader's language with
 * {@link Problems}, and handed to the view model's own handler when it has one. A task cancelled by
 * the person is not a failure: it is not logged as one, and its {@code onCancelled} runs instead.
 * See docs/decisions/0016-one-background-task-abstraction.md.
 */
public final class Tasks {
    /** What a running task can tell and ask: how far it is, and whether it has been cancelled. */
    public interface Control {
        /** From 0 to 1; may be called from the worker thread. */
        void progress(double fraction);

        boolean cancelled();

        /** Shows a piece of the result as soon as it is known (a file added of many), on the screen's thread. */
        void onScreen(Runnable update);
    }

    /** Work that reports progress or stops when cancelled. */
    public interface Work<T> {
        T run(Control control) throws Exception;
    }

    /** Work with nothing to hand back. */
    public interface Action {
        void run() throws Exception;
    }

    /** A started task: cancel it (the work stops where it next asks {@link Control#cancelled()}). */
    public interface Running {
        void cancel();
    }

    private static final Logger LOG = Logger.getLogger(Tasks.class.getName());

    private final Background background;
    private final String where;
    private final Consumer<Throwable> handler;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<Throwable> problem = new ReadOnlyObjectWrapper<>();
    private final Set<Task<?>> running = new HashSet<>();
    private Task<?> latest;

    /**
     * @param where what the log says the failure was in, e.g. "quiz" or "adult area, classes"
     * @param onFailure the view model's one failure handler (after logging), e.g. to show a notice
     */
    public Tasks(Background background, String where, Consumer<Throwable> onFailure) {
        this.background = Objects.requireNonNull(background);
        this.where = Objects.requireNonNull(where);
        this.handler = Objects.requireNonNull(onFailure);
    }

    /** Failures are only kept in {@link #problemProperty()}, for the screen to show. */
    public Tasks(Background background, String where) {
        this(background, where, failure -> { });
    }

    /** Runs {@code work}, then {@code onSuccess} on the screen's thread; a failure goes to the one handler. */
    public <T> Running run(Callable<T> work, Consumer<T> onSuccess) {
        return task(control -> work.call()).onSuccess(onSuccess).start();
    }

    /** Runs {@code work}, then {@code onSuccess}; a failure goes to the one handler. */
    public Running run(Action work, Runnable onSuccess) {
        return task(control -> {
            work.run();
            return null;
        }).onSuccess(ignored -> onSuccess.run()).start();
    }

    /** Saves or other work whose success needs no answer on screen. */
    public Running run(Action work) {
        return run(work, () -> { });
    }

    /** A task to set up (what to do on success, on failure, on cancel) and then {@link Task#start()}. */
    public <T> Task<T> task(Work<T> work) {
        return new Task<>(Objects.requireNonNull(work));
    }

    /** Cancels every task of this view model still running. */
    public void cancelAll() {
        Set.copyOf(running).forEach(Task::cancel);
    }

    /** Forgets the last problem (the screen stops showing it). */
    public void clearProblem() {
        problem.set(null);
    }

    /** True while any task runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The latest task's progress from 0 to 1; -1 while it has said nothing yet (not known how far). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last failure, until a later task succeeds or {@link #clearProblem()}; null when none. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** One piece of background work. */
    public final class Task<T> implements Running {
        private final Work<T> work;
        private Consumer<T> onSuccess = result -> { };
        private Consumer<Throwable> onFailure = failure -> { };
        private Runnable onCancelled = () -> { };
        private volatile boolean cancelled;

        private Task(Work<T> work) {
            this.work = work;
        }

        public Task<T> onSuccess(Consumer<T> then) {
            onSuccess = Objects.requireNonNull(then);
            return this;
        }

        /** What this task does besides the one failure handler (e.g. read the page again). */
        public Task<T> onFailure(Consumer<Throwable> then) {
            onFailure = Objects.requireNonNull(then);
            return this;
        }

        public Task<T> onCancelled(Runnable then) {
            onCancelled = Objects.requireNonNull(then);
            return this;
        }

        public Running start() {
            running.add(this);
            latest = this;
            busy.set(true);
            progress.set(-1);
            Control control = new Control() {
                @Override
                public void progress(double fraction) {
                    background.toScreen(() -> {
                        if (latest == Task.this && running.contains(Task.this)) {
                            progress.set(fraction);
                        }
                    });
                }

                @Override
                public boolean cancelled() {
                    return cancelled;
                }

                @Override
                public void onScreen(Runnable update) {
                    background.toScreen(update);
                }
            };
            background.run(() -> work.run(control), this::succeeded, (Background.LogsItsFailures) this::failed);
            return this;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        private void succeeded(T result) {
            finished();
            problem.set(null);
            onSuccess.accept(result);
        }

        private void failed(Throwable failure) {
            finished();
            if (cancelled && Failures.isCancellation(failure)) {
                LOG.fine(where + ": cancelled");
                onCancelled.run();
                return;
            }
            Failures.log(LOG, where, failure);
            problem.set(failure);
            handler.accept(failure);
            onFailure.accept(failure);
        }

        private void finished() {
            running.remove(this);
            if (latest == this) {
                progress.set(1);
            }
            busy.set(!running.isEmpty());
        }
    }
}
