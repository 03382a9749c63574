package jaga.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a short command to see what is installed. Tests hand in their own answers. */
@FunctionalInterface
public interface CommandProbe {

    /** The command's standard output when it ran and exited with 0; empty when it is missing or failed. */
    Optional<String> output(List<String> command);

    /**
     * The real one: starts the process (no shell, no network) and gives it a few seconds. Output
     * goes to a temporary file, so a program that hangs cannot hold up Jaga's start.
     */
    static CommandProbe system() {
        return command -> {
            Path output;
            try {
                output = Files.createTempFile("jaga-probe", ".txt");
            } catch (IOException e) {
                return Optional.empty();
            }
            try {
                Process process;
                try {
                    process = new ProcessBuilder(command).redirectOutput(output.toFile())
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                } catch (IOException notInstalled) {
                    return Optional.empty();
                }
                try {
                    process.getOutputStream().close();
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        return Optional.empty();
                    }
                    return process.exitValue() == 0
                            ? Optional.of(Files.readString(output, StandardCharsets.UTF_8)) : Optional.empty();
                } catch (IOException e) {
                    process.destroyForcibly();
                    return Optional.empty();
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            } finally {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        };
    }
}
