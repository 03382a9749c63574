package jaga.speech;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A silent engine that remembers what it was asked to say; optionally keeps "speaking" until stopped. */
public final class FakeSpeechEngine implements SpeechEngine {
    /** One request: the cleaned text and the language. */
    public record Said(String text, String language) {}

    private final Set<String> languages;
    private final boolean speakUntilStopped;
    private final List<Said> said = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);

    public FakeSpeechEngine(Set<String> languages, boolean speakUntilStopped) {
        this.languages = Set.copyOf(languages);
        this.speakUntilStopped = speakUntilStopped;
    }

    /** English and Malay voices; each utterance ends at once. */
    public static FakeSpeechEngine bothLanguages() {
        return new FakeSpeechEngine(Set.of("en", "ms"), false);
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public boolean hasVoice(String language) {
        return languages.contains(language);
    }

    @Override
    public void speak(String text, String language) throws InterruptedException {
        said.add(new Said(text, language));
        started.countDown();
        if (speakUntilStopped) {
            try {
                new CountDownLatch(1).await(); // until interrupted, as a real process is killed
            } catch (InterruptedException e) {
                stopped.countDown();
                throw e;
            }
        }
    }

    public List<Said> said() {
        return List.copyOf(said);
    }

    public CountDownLatch started() {
        return started;
    }

    public CountDownLatch stopped() {
        return stopped;
    }
}
