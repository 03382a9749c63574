package jaga.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the real espeak-ng (CI installs it from Debian's packages in .ci/run): one English and one
 * Malay sentence, cleaned and voiced as Jaga would, rendered to WAV files instead of the speakers.
 * Skipped where espeak-ng is not installed.
 */
class EspeakRenderingTest {

    @TempDir
    Path folder;

    @Test
    void englishAndMalaySentencesAreRenderedAsDifferentNonSilentSpeech() throws Exception {
        SpeechEngine found = SpeechEngines.espeak(CommandProbe.system()).orElse(SpeechEngine.NONE);
        assumeTrue(found != SpeechEngine.NONE, "espeak-ng is not installed");
        CommandEngine espeak = (CommandEngine) found;
        assertThat(espeak.hasVoice("en")).isTrue();
        assertThat(espeak.hasVoice("ms")).as("Debian's espeak-ng-data has a Malay voice").isTrue();

        Wav english = render(espeak, "If someone online asks for RM50, tell an adult you trust.", "en");
        Wav malay = render(espeak, "Jika seseorang dalam talian meminta RM50, beritahu orang dewasa yang anda percayai.", "ms");
        System.out.printf("espeak-ng WAV: en %d bytes, RMS %.1f; ms %d bytes, RMS %.1f%n",
                english.size(), english.rms(), malay.size(), malay.rms());

        for (Wav wav : List.of(english, malay)) {
            assertThat(wav.samples()).as("samples in " + wav.file()).isGreaterThan(4000);
            // Silence is 0; quiet room noise in 16-bit audio is well under 100.
            assertThat(wav.rms()).as("loudness of " + wav.file()).isGreaterThan(300);
        }
        assertThat(Arrays.equals(Files.readAllBytes(english.file()), Files.readAllBytes(malay.file())))
                .as("English and Malay are different speech").isFalse();
        assertThat(english.size()).isNotEqualTo(malay.size());
    }

    private record Wav(Path file, long size, int samples, double rms) {}

    /** Jaga's own command for the language, writing to a file (espeak-ng -w) instead of the sound card. */
    private Wav render(CommandEngine espeak, String text, String language) throws IOException, InterruptedException {
        Path file = folder.resolve(language + ".wav");
        List<String> command = new ArrayList<>(espeak.process(text, language).command());
        command.addAll(List.of("-w", file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(SpeechText.clean(text, language).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("espeak-ng finished").isTrue();
        assertThat(process.exitValue()).isZero();
        return read(file);
    }

    /** The 16-bit PCM samples of the "data" chunk, and their root mean square. */
    private static Wav read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(bytes.array(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(bytes.array(), 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        int at = 12;
        int bitsPerSample = 0;
        while (at + 8 <= bytes.limit()) {
            String id = new String(bytes.array(), at, 4, StandardCharsets.US_ASCII);
            int length = bytes.getInt(at + 4);
            if (id.equals("fmt ")) {
                bitsPerSample = bytes.getShort(at + 8 + 14);
            } else if (id.equals("data")) {
                assertThat(bitsPerSample).isEqualTo(16);
                // espeak-ng writing to a file may leave the length unset: read to the end.
                int end = length <= 0 || at + 8 + length > bytes.limit() ? bytes.limit() : at + 8 + length;
                int samples = (end - at - 8) / 2;
                double sumOfSquares = 0;
                for (int i = 0; i < samples; i++) {
                    double sample = bytes.getShort(at + 8 + 2 * i);
                    sumOfSquares += sample * sample;
                }
                return new Wav(file, Files.size(file), samples, samples == 0 ? 0 : Math.sqrt(sumOfSquares / samples));
            }
            at += 8 + length + (length & 1);
        }
        throw new AssertionError("no data chunk in " + file);
    }
}
