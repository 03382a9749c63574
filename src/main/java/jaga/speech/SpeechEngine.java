package jaga.speech;

import java.io.IOException;

/**
 * A text-to-speech engine on this computer (espeak-ng, macOS say, Windows System.Speech).
 * Speaking blocks the calling thread until the words are spoken; {@code jaga.ui.speech.ReadAloud} calls it from
 * its own worker thread, never the JavaFX thread, and interrupts that thread to stop.
 */
public interface SpeechEngine {

    /** A short name for logs, e.g. "espeak-ng". */
    String name();

    /** Whether there is a voice for the language code ("en", "ms"). */
    boolean hasVoice(String language);

    /**
     * Speaks the text in the language's voice and returns when it is done.
     *
     * @throws InterruptedException when the thread is interrupted: the speech has been stopped
     */
    void speak(String text, String language) throws IOException, InterruptedException;

    /** No engine installed: nothing can be read aloud, and speaker buttons are left out. */
    SpeechEngine NONE = new SpeechEngine() {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public boolean hasVoice(String language) {
            return false;
        }

        @Override
        public void speak(String text, String language) {
            throw new IllegalStateException("no speech engine is installed");
        }
    };
}
