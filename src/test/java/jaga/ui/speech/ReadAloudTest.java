package jaga.ui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.speech.FakeSpeechEngine;
import jaga.speech.SpeechEngine;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The read-aloud service without a screen: what it says, and that pressing again stops. */
class ReadAloudTest {
    /** Stands in for the JavaFX thread: work handed back by the speech thread waits here until the test runs it. */
    private final BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private ReadAloud readAloud;

    @AfterEach
    void close() {
        if (readAloud != null) {
            readAloud.close();
        }
    }

    private void runHandedBack() throws InterruptedException {
        Runnable work = fxThread.poll(10, TimeUnit.SECONDS);
        assertThat(work).as("the speech thread hands its result back").isNotNull();
        work.run();
    }

    @Test
    void speaksTheCleanedTextInTheLanguageAndClearsTheHighlightWhenDone() throws Exception {
        FakeSpeechEngine engine = FakeSpeechEngine.bothLanguages();
        readAloud = new ReadAloud(engine, fxThread::add);
        Object prompt = new Object();

        readAloud.toggle(prompt, "Hubungi **Talian Kasih** di 15999", "ms");
        assertThat(readAloud.speakingProperty().get()).isSameAs(prompt);
        runHandedBack();

        assertThat(engine.said()).containsExactly(new FakeSpeechEngine.Said("Hubungi Talian Kasih di 1 5 9 9 9.", "ms"));
        assertThat(readAloud.speakingProperty().get()).isNull();
    }

    @Test
    void pressingTheSameSpeakerAgainStopsTheVoice() throws Exception {
        FakeSpeechEngine engine = new FakeSpeechEngine(Set.of("en"), true);
        readAloud = new ReadAloud(engine, fxThread::add);
        Object step = new Object();

        readAloud.toggle(step, "A long lesson", "en");
        assertThat(engine.started().await(10, TimeUnit.SECONDS)).isTrue();
        readAloud.toggle(step, "A long lesson", "en");

        assertThat(engine.stopped().await(10, TimeUnit.SECONDS)).as("the voice was interrupted").isTrue();
        assertThat(readAloud.speakingProperty().get()).isNull();
        runHandedBack(); // the stopped utterance reporting back does not start anything again
        assertThat(readAloud.speakingProperty().get()).isNull();
        assertThat(engine.said()).hasSize(1);
    }

    @Test
    void anotherSpeakerStopsTheFirstAndReadsItsOwnText() throws Exception {
        FakeSpeechEngine engine = new FakeSpeechEngine(Set.of("en"), true);
        readAloud = new ReadAloud(engine, fxThread::add);
        Object first = new Object();
        Object second = new Object();

        readAloud.toggle(first, "First", "en");
        assertThat(engine.started().await(10, TimeUnit.SECONDS)).isTrue();
        readAloud.toggle(second, "Second", "en");

        assertThat(engine.stopped().await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(readAloud.speakingProperty().get()).isSameAs(second);
        runHandedBack(); // the first one's "finished" must not clear the second one's highlight
        assertThat(readAloud.speakingProperty().get()).isSameAs(second);
        readAloud.stop();
    }

    @Test
    void aLanguageWithoutAVoiceIsNotSpoken() {
        FakeSpeechEngine engine = new FakeSpeechEngine(Set.of("en"), false);
        readAloud = new ReadAloud(engine, fxThread::add);

        assertThat(readAloud.canSpeak("ms")).isFalse();
        readAloud.toggle(new Object(), "Selamat pagi", "ms");

        assertThat(readAloud.speakingProperty().get()).isNull();
        assertThat(fxThread).isEmpty();
        assertThat(engine.said()).isEmpty();
    }

    @Test
    void theWholePageIsReadByItsOwnKey() throws Exception {
        FakeSpeechEngine engine = FakeSpeechEngine.bothLanguages();
        readAloud = new ReadAloud(engine, fxThread::add);
        Object page = new Object();
        readAloud.setPage(new ReadAloud.Reading(page, () -> "Which is safe?\nTell an adult\nKeep it secret"));

        readAloud.togglePage("en");
        runHandedBack();

        assertThat(engine.said()).containsExactly(
                new FakeSpeechEngine.Said("Which is safe? Tell an adult. Keep it secret.", "en"));
    }
}
