package jaga.ui.speech;

import jaga.speech.SpeechEngine;
import jaga.speech.SpeechText;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;

/**
 * Reads text aloud for the screens: one thing at a time, on its own worker thread so the window
 * never waits for a voice. Pressing the same speaker again stops it; pressing another switches.
 * All methods are called on the JavaFX thread.
 */
public final class ReadAloud implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ReadAloud.class.getName());

    /** The style class of the text while it is read aloud. */
    public static final String READING = "reading-aloud";

    /** Something on screen that can be read: the node to highlight and its text now. */
    public record Reading(Object source, Supplier<String> text) {}

    private final ObjectProperty<SpeechEngine> engine = new SimpleObjectProperty<>(SpeechEngine.NONE);
    private final ReadOnlyObjectWrapper<Object> speaking = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty autoRead = new SimpleBooleanProperty(false);
    private final BooleanProperty searched = new SimpleBooleanProperty(false);
    private final Consumer<Runnable> fxThread;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jaga-speech");
        thread.setDaemon(true);
        return thread;
    });
    private final java.util.List<Future<?>> current = new java.util.ArrayList<>();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private long utterance;
    private Reading page;

    /** @param fxThread how to get back onto the JavaFX thread ({@code Platform::runLater}) */
    public ReadAloud(SpeechEngine engine, Consumer<Runnable> fxThread) {
        this.engine.set(Objects.requireNonNull(engine));
        this.fxThread = fxThread;
        // The text being read is highlighted, whichever button or key started it.
        speaking.addListener((obs, old, now) -> {
            if (old instanceof Node node) {
                node.getStyleClass().remove(READING);
            }
            if (now instanceof Node node && !node.getStyleClass().contains(READING)) {
                node.getStyleClass().add(READING);
            }
        });
    }

    /** The engine; starts as {@link SpeechEngine#NONE} until the one found at start is set. */
    public ObjectProperty<SpeechEngine> engineProperty() {
        return engine;
    }

    /** True once the search for an engine at start has finished (so "install..." is not shown while looking). */
    public BooleanProperty searchedProperty() {
        return searched;
    }

    /** Whether any engine is installed: without one, screens leave speaker buttons out. */
    public boolean installed() {
        return engine.get() != SpeechEngine.NONE;
    }

    public boolean canSpeak(String language) {
        return engine.get().hasVoice(language);
    }

    /** What is being read now (the source given to {@link #toggle}), or null: screens highlight it. */
    public ReadOnlyObjectProperty<Object> speakingProperty() {
        return speaking.getReadOnlyProperty();
    }

    /** For the current learner: read the first text of each step aloud when it opens. */
    public BooleanProperty autoReadProperty() {
        return autoRead;
    }

    /** Reads the text, or stops when this source is already being read. */
    public void toggle(Object source, String text, String language) {
        if (source != null && source.equals(speaking.get())) {
            stop();
        } else {
            say(source, text, language);
        }
    }

    /** Stops whatever is being read and reads this instead. */
    public void say(Object source, String text, String language) {
        stop();
        queue(source, text, language);
    }

    /**
     * Reads this after what is being read and waiting now (auto-read following a chat as it goes);
     * {@link #stop()} ends it all.
     */
    public void queue(Object source, String text, String language) {
        String spoken = SpeechText.clean(text, language);
        SpeechEngine voice = engine.get();
        if (spoken.isEmpty() || !voice.hasVoice(language)) {
            return;
        }
        long round = utterance;
        boolean first = current.isEmpty();
        if (first) {
            speaking.set(source);
        }
        Future<?>[] mine = new Future<?>[1];
        mine[0] = worker.submit(() -> {
            if (!first) {
                fxThread.accept(() -> {
                    if (round == utterance) {
                        speaking.set(source);
                    }
                });
            }
            String[] outcome = {null}; // null: stopped; "" worked; else why it failed
            try {
                voice.speak(spoken, language);
                outcome[0] = "";
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, voice.name() + " could not read aloud", e);
                outcome[0] = voice.name() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } finally {
                fxThread.accept(() -> finished(round, mine[0], outcome[0]));
            }
        });
        current.add(mine[0]);
    }

    private void finished(long round, Future<?> which, String outcome) {
        current.remove(which);
        if (outcome != null) {
            failure.set(outcome.isEmpty() ? null : outcome);
        }
        if (round == utterance && current.isEmpty()) {
            speaking.set(null);
        }
    }

    /**
     * Why the last reading aloud did not work (the speech program failed, there is no audio
     * device), or null when the last one did: children see a small note, adults the reason.
     */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void stop() {
        utterance++;
        for (Future<?> future : current) {
            future.cancel(true);
        }
        current.clear();
        speaking.set(null);
    }

    /** What "read the whole step" (F2) reads on the screen showing now; null where there is nothing. */
    public void setPage(Reading reading) {
        this.page = reading;
    }

    /** Reads the whole step or question on screen (F2), or stops it when it is being read. */
    public void togglePage(String language) {
        if (page != null) {
            toggle(page.source(), page.text().get(), language);
        }
    }

    @Override
    public void close() {
        stop();
        worker.shutdownNow();
    }
}
