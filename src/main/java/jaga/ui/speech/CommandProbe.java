package jaga.ui.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a short command to see what is installed. Tests hand in their own answers. */
@FunctionalInterface
public interface CommandProbe {

    /** The command's standard output when it ran and exited with 0; empty when it is missing or failed. */
    Optional<String> output(List<String> command);

    /** The real one: starts the process (no shell, no network) and gives it a few seconds. */
    static CommandProbe system() {
        return command -> {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(false)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException notInstalled) {
                return Optional.empty();
            }
            try (InputStream in = process.getInputStream()) {
                process.getOutputStream().close();
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
            } catch (IOException e) {
                process.destroyForcibly();
                return Optional.empty();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        };
    }
}
