package jaga.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Speaks by running a program: one process per utterance, killed when speech is stopped. The
 * text goes in through standard input or the environment, never through a shell.
 */
final class CommandEngine implements SpeechEngine {

    /** How to start the program for one utterance. */
    interface Launcher {
        /** The process to start for the voice; its standard input receives the text when {@link #textOnStdin} is true. */
        ProcessBuilder process(String voice, String text);

        default boolean textOnStdin() {
            return true;
        }
    }

    private final String name;
    private final Map<String, String> voices;
    private final Launcher launcher;

    CommandEngine(String name, Map<String, String> voices, Launcher launcher) {
        this.name = name;
        this.voices = Map.copyOf(voices);
        this.launcher = launcher;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean hasVoice(String language) {
        return voices.containsKey(language);
    }

    /** The voice chosen for a language, e.g. "en-gb" or "ms" for espeak-ng. */
    String voice(String language) {
        String voice = voices.get(language);
        if (voice == null) {
            throw new IllegalArgumentException("no " + name + " voice for " + language);
        }
        return voice;
    }

    ProcessBuilder process(String text, String language) {
        return launcher.process(voice(language), text)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.PIPE);
    }

    @Override
    public void speak(String text, String language) throws IOException, InterruptedException {
        Process process = process(text, language).start();
        // The error output is read while the program runs: one that writes more than the pipe holds
        // (PowerShell's records can) would otherwise wait for a reader and never exit.
        java.util.concurrent.CompletableFuture<String> errors = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (java.io.InputStream err = process.getErrorStream()) {
                byte[] head = err.readNBytes(16_384);
                err.transferTo(OutputStream.nullOutputStream());
                errors.complete(new String(head, StandardCharsets.UTF_8));
            } catch (IOException e) {
                errors.complete("");
            }
        }, "jaga-speech-errors");
        reader.setDaemon(true);
        reader.start();
        try {
            try (OutputStream in = process.getOutputStream()) {
                if (launcher.textOnStdin()) {
                    in.write(text.getBytes(StandardCharsets.UTF_8));
                }
            }
            int exit = process.waitFor();
            // espeak-ng with no audio device exits 0 and only says so on its error output.
            String errorOutput;
            try {
                errorOutput = errors.get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                errorOutput = ""; // a child process still holding the pipe: judge by the exit code alone
            }
            java.util.Optional<String> trouble = trouble(errorOutput);
            if (exit != 0 || trouble.isPresent()) {
                // The program's own words (adults read them after "Read aloud did not work..."), else its exit code.
                throw new IOException(trouble.orElse("exit " + exit));
            }
        } catch (InterruptedException | IOException | RuntimeException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    private static final java.util.regex.Pattern NO_SOUND = java.util.regex.Pattern.compile(
            "(?i)unknown pcm|cannot open|no such device|audio device|could not open|failed to open");
    private static final java.util.regex.Pattern ERROR = java.util.regex.Pattern.compile("(?i)^\\s*error\\b");

    /**
     * What the program wrote about its sound not playing (the audio device missing, most often), or
     * empty when it wrote nothing like that: the line that says most, for the adult who reads it.
     */
    static java.util.Optional<String> trouble(String errorOutput) {
        List<String> lines = errorOutput.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return lines.stream().filter(line -> NO_SOUND.matcher(line).find()).findFirst()
                .or(() -> lines.stream().filter(line -> ERROR.matcher(line).find()).findFirst());
    }

    @Override
    public String toString() {
        return name + " " + voices;
    }

    static List<String> command(String... parts) {
        return List.of(parts);
    }
}
