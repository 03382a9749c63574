package jaga.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A speech program is a real process: the text reaches it, and stopping kills it. */
class CommandEngineTest {

    @TempDir
    Path folder;

    private static boolean posixShell() {
        return Files.isExecutable(Path.of("/bin/sh"));
    }

    @Test
    void theTextReachesTheProgramOnItsInputNotItsCommandLine() throws Exception {
        assumeTrue(posixShell(), "needs /bin/sh");
        Path heard = folder.resolve("heard.txt");
        CommandEngine engine = new CommandEngine("cat", Map.of("ms", "ms"),
                (voice, text) -> new ProcessBuilder("/bin/sh", "-c", "cat > \"$0\"", heard.toString()));

        engine.speak("Jangan kongsi; $(rm -rf /) `kata laluan`", "ms");

        assertThat(Files.readString(heard)).isEqualTo("Jangan kongsi; $(rm -rf /) `kata laluan`");
    }

    @Test
    void stoppingKillsTheSpeechProgram() throws Exception {
        assumeTrue(posixShell(), "needs /bin/sh");
        AtomicReference<ProcessHandle> started = new AtomicReference<>();
        Path pid = folder.resolve("pid");
        // A "voice" that would talk for a minute; it writes its process id so the test can see it die.
        CommandEngine engine = new CommandEngine("slow", Map.of("en", "en"),
                (voice, text) -> new ProcessBuilder("/bin/sh", "-c", "echo $$ > \"$0\"; exec sleep 60", pid.toString()));
        ExecutorService speaker = Executors.newSingleThreadExecutor();
        try {
            Future<?> speaking = speaker.submit(() -> {
                engine.speak("A long lesson", "en");
                return null;
            });
            for (int i = 0; i < 200 && (!Files.exists(pid) || Files.readString(pid).isBlank()); i++) {
                Thread.sleep(50);
            }
            ProcessHandle program = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElseThrow();
            started.set(program);
            assertThat(program.isAlive()).isTrue();

            speaking.cancel(true); // what ReadAloud does when the speaker is pressed again

            CompletableFuture<ProcessHandle> ended = program.onExit();
            assertThat(ended.get(30, TimeUnit.SECONDS).isAlive()).isFalse();
            assertThatThrownBy(speaking::get).isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            speaker.shutdownNow();
            if (started.get() != null) {
                started.get().destroyForcibly();
            }
        }
    }

    @Test
    void aProgramThatCannotPlayTheSoundIsAFailureEvenWhenItExitsWithZero() throws Exception {
        assumeTrue(posixShell(), "needs /bin/sh");
        // What espeak-ng does on a computer with no audio device: exit code 0, the trouble on its error output.
        CommandEngine noDevice = new CommandEngine("espeak-ng", Map.of("en", "en"), (voice, text) -> new ProcessBuilder(
                "/bin/sh", "-c", "cat > /dev/null; echo \"ALSA lib confmisc.c:855:(parse_card) cannot find card '0'\" >&2;"
                        + " echo 'ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default' >&2;"
                        + " echo 'error: No such file or directory' >&2; exit 0"));
        assertThatThrownBy(() -> noDevice.speak("Hello", "en")).isInstanceOf(java.io.IOException.class)
                .hasMessage("ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default");

        CommandEngine failing = new CommandEngine("say", Map.of("en", "en"),
                (voice, text) -> new ProcessBuilder("/bin/sh", "-c", "cat > /dev/null; exit 3"));
        assertThatThrownBy(() -> failing.speak("Hello", "en")).hasMessage("exit 3");

        CommandEngine fine = new CommandEngine("fine", Map.of("en", "en"),
                (voice, text) -> new ProcessBuilder("/bin/sh", "-c", "cat > /dev/null; echo 'some notice' >&2; exit 0"));
        fine.speak("Hello", "en"); // a notice that is not about the sound is not a failure
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // fails instead of hanging the build if the program is left blocked
    void aProgramThatWritesALotToItsErrorOutputStillFinishes() throws Exception {
        assumeTrue(posixShell(), "needs /bin/sh");
        // Far more than a pipe holds (64 KB here, 4 KB on Windows), then a normal exit.
        CommandEngine chatty = new CommandEngine("chatty", Map.of("en", "en"), (voice, text) -> new ProcessBuilder(
                "/bin/sh", "-c", "cat > /dev/null; i=0; while [ $i -lt 4000 ]; do"
                        + " echo 'progress record: nothing wrong here, just a lot of it' >&2; i=$((i+1)); done; exit 0"));

        chatty.speak("Hello", "en");
    }

    @Test
    void aLanguageWithoutAVoiceIsRefused() {
        CommandEngine engine = SpeechEngines.espeakWith(Map.of("en", "en-gb"));
        assertThat(engine.hasVoice("ms")).isFalse();
        assertThatThrownBy(() -> engine.voice("ms")).isInstanceOf(IllegalArgumentException.class);
    }


    @Test
    void theProbeReadsAnInstalledProgramsOutputAndSaysNothingForAMissingOne() {
        assumeTrue(posixShell(), "needs /bin/sh");
        assertThat(CommandProbe.system().output(java.util.List.of("/bin/sh", "-c", "echo 'ms  Malay'")))
                .contains("ms  Malay\n");
        assertThat(CommandProbe.system().output(java.util.List.of("/bin/sh", "-c", "exit 3"))).isEmpty();
        assertThat(CommandProbe.system().output(java.util.List.of("jaga-no-such-speech-program"))).isEmpty();
    }
}
