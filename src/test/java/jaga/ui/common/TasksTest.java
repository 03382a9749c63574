package jaga.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.learning.report.ExportCancelled;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view models' background tasks: busy, progress, cancel and one failure handler that logs once. */
class TasksTest {
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    };
    private final List<Throwable> handled = new ArrayList<>();

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(recorder);
    }

    /** Holds the work until {@link #finish()}, as the real worker thread would: busy can then be seen. */
    private static final class Held implements Background {
        private Runnable pending;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            pending = () -> Background.direct().run(work, onSuccess, onFailure);
        }

        void finish() {
            Runnable now = pending;
            pending = null;
            now.run();
        }
    }

    @Test
    void busyWhileTheWorkRunsAndTheResultArrivesAfter() {
        Held held = new Held();
        Tasks tasks = new Tasks(held, "test", handled::add);
        List<String> results = new ArrayList<>();

        tasks.run(() -> "done", results::add);
        assertThat(tasks.busyProperty().get()).isTrue();
        assertThat(tasks.progressProperty().get()).as("not known how far yet").isEqualTo(-1);
        assertThat(results).isEmpty();

        held.finish();
        assertThat(tasks.busyProperty().get()).isFalse();
        assertThat(results).containsExactly("done");
        assertThat(handled).isEmpty();
    }

    @Test
    void twoTasksKeepItBusyUntilBothAreDone() {
        Held first = new Held();
        Held second = new Held();
        Background both = new Background() {
            private boolean one;

            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                (one ? second : first).run(work, onSuccess, onFailure);
                one = true;
            }
        };
        Tasks tasks = new Tasks(both, "test");
        tasks.run(() -> { });
        tasks.run(() -> { });
        first.finish();
        assertThat(tasks.busyProperty().get()).isTrue();
        second.finish();
        assertThat(tasks.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureGoesToTheOneHandlerIsKeptForTheScreenAndIsLoggedOnce() {
        Tasks tasks = new Tasks(Background.direct(), "test area", handled::add);
        IllegalStateException broken = new IllegalStateException("disk on fire");
        List<Throwable> local = new ArrayList<>();

        tasks.task(control -> {
            throw broken;
        }).onFailure(local::add).start();

        assertThat(handled).containsExactly(broken);
        assertThat(local).as("the task's own reaction too, e.g. reading the page again").containsExactly(broken);
        assertThat(tasks.problemProperty().get()).isSameAs(broken);
        assertThat(tasks.busyProperty().get()).isFalse();
        assertThat(logged).filteredOn(r -> r.getMessage().contains("disk on fire")).hasSize(1)
                .allSatisfy(r -> assertThat(r.getThrown()).as("a fault keeps its stack trace").isSameAs(broken));
    }

    @Test
    void aLaterSuccessClearsTheProblem() {
        Tasks tasks = new Tasks(Background.direct(), "test");
        tasks.run(() -> {
            throw new IllegalStateException("no");
        });
        assertThat(tasks.problemProperty().get()).isNotNull();
        tasks.run(() -> { });
        assertThat(tasks.problemProperty().get()).isNull();
    }

    @Test
    void progressIsReportedAndCancelStopsTheWorkWithoutAFailure() {
        Tasks tasks = new Tasks(Background.direct(), "export", handled::add);
        List<Double> seen = new ArrayList<>();
        tasks.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));
        List<String> outcome = new ArrayList<>();
        Tasks.Running[] running = new Tasks.Running[1];
        Tasks.Control[] control = new Tasks.Control[1];

        Held held = new Held();
        Tasks later = new Tasks(held, "export", handled::add);
        running[0] = later.task(c -> {
            control[0] = c;
            c.progress(0.5);
            if (c.cancelled()) {
                throw new ExportCancelled();
            }
            return "written";
        }).onSuccess(outcome::add).onCancelled(() -> outcome.add("cancelled")).start();
        running[0].cancel();
        held.finish();

        assertThat(outcome).containsExactly("cancelled");
        assertThat(control[0].cancelled()).isTrue();
        assertThat(handled).as("a cancel is not a failure").isEmpty();
        assertThat(later.problemProperty().get()).isNull();
        assertThat(logged).filteredOn(r -> r.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()).isEmpty();

        tasks.task(c -> {
            c.progress(0.25);
            c.progress(0.75);
            return null;
        }).start();
        assertThat(seen).containsExactly(-1.0, 0.25, 0.75, 1.0);
    }

    @Test
    void anExportThatStopsOnItsOwnWithoutACancelIsAFailure() {
        Tasks tasks = new Tasks(Background.direct(), "export", handled::add);
        tasks.run(() -> {
            throw new ExportCancelled();
        });
        assertThat(handled).hasSize(1);
    }

    @Test
    void cancelAllCancelsEveryRunningTask() {
        Held held = new Held();
        Tasks tasks = new Tasks(held, "files", handled::add);
        List<Boolean> cancelledSeen = new ArrayList<>();
        tasks.task(c -> {
            cancelledSeen.add(c.cancelled());
            return null;
        }).start();
        tasks.cancelAll();
        held.finish();
        assertThat(cancelledSeen).containsExactly(true);
    }
}
