package jaga.ui.common;

import jaga.files.AtomicFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes this computer's small settings files (display.properties, places.properties) on one
 * background thread, never on the JavaFX thread: writing a file whole (AtomicFiles flushes the file
 * and its folder) can take a moment on a busy lab disk, and a child pressing "bigger text" must not
 * wait for it. A save hands over the new content and returns at once; of the saves still waiting for
 * one file only the newest is written, and files are written in the order they were saved.
 *
 * <p>{@link #flush()} waits for every save handed over so far: App.stop calls it, so a change made
 * just before closing is on disk when Jaga ends, and a settings file is read only after it.
 */
public final class SettingsWriter {
    private static final Logger LOG = Logger.getLogger(SettingsWriter.class.getName());
    /** Long enough for any disk that works; a stuck one must not keep Jaga from closing. */
    private static final long FLUSH_WAIT_SECONDS = 10;

    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "jaga-settings-writer");
        thread.setDaemon(true);
        return thread;
    });
    /** The newest content waiting for each file. */
    private static final Map<Path, Save> WAITING = new ConcurrentHashMap<>();
    /** Saves handed over and not yet written: none at start-up, so loading the settings never waits for the thread. */
    private static final AtomicInteger UNWRITTEN = new AtomicInteger();

    private record Save(byte[] content, Consumer<Exception> onFailure) {}

    private SettingsWriter() {}

    /**
     * Writes {@code content} to {@code file} soon, replacing it whole; if it cannot be written,
     * {@code onFailure} is told on the writer's thread (to log it: nothing is thrown to the caller).
     */
    public static void save(Path file, byte[] content, Consumer<Exception> onFailure) {
        UNWRITTEN.incrementAndGet();
        WAITING.put(file, new Save(content.clone(), onFailure));
        WRITER.execute(() -> {
            try {
                write(file);
            } finally {
                UNWRITTEN.decrementAndGet();
            }
        });
    }

    private static void write(Path file) {
        Save save = WAITING.remove(file);
        if (save == null) {
            return; // a newer save of this file was already written
        }
        try {
            AtomicFiles.write(file, out -> out.write(save.content()), AtomicFiles.Option.REPLACE_EXISTING);
        } catch (Exception e) {
            try {
                save.onFailure().accept(e);
            } catch (RuntimeException alsoFailed) {
                LOG.log(Level.WARNING, "could not save " + file, e);
            }
        }
    }

    /**
     * Waits until every save handed over so far is written (or has failed and been told).
     *
     * @return false if the writer did not finish in time or the wait was interrupted
     */
    public static boolean flush() {
        if (UNWRITTEN.get() == 0) {
            return true;
        }
        try {
            WRITER.submit(() -> { }).get(FLUSH_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "settings not all saved before closing", e);
            return false;
        }
    }
}
