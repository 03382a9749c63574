package jaga.progress.hub;

import jaga.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link SimulatedPc} in its own JVM: send it a command, read its answer. Public for the school hub journey. */
public final class PcProcess implements AutoCloseable {
    private static final long ANSWER_SECONDS = 120;

    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final Path dataDir;

    private PcProcess(Process process, Path dataDir) {
        this.process = process;
        this.dataDir = dataDir;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process died: the test sees no more answers
            }
            lines.add("<exited>");
        }, "pc-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a computer on {@code dataDir}, its clock {@code offsetDays} off; waits until it is ready. */
    static PcProcess start(Path dataDir, long offsetDays) {
        try {
            Process process = new ProcessBuilder(ChildJvm.command(List.of(), SimulatedPc.class, dataDir.toString(),
                    Long.toString(offsetDays))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            PcProcess pc = new PcProcess(process, dataDir);
            String first = pc.next();
            if (!first.equals("ready")) {
                throw new IllegalStateException("the PC did not start: " + first);
            }
            return pc;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PcProcess start(Path dataDir) {
        return start(dataDir, 0);
    }

    /** Sends one command and returns its one-line answer. */
    public String send(String command) {
        write(command);
        return next();
    }

    /** Sends a command that fails the test unless it answers with {@code expectedStart}. */
    public String expect(String command, String expectedStart) {
        String answer = send(command);
        if (!answer.startsWith(expectedStart)) {
            throw new AssertionError("'" + command + "' answered '" + answer + "', expected '" + expectedStart + "...'");
        }
        return answer;
    }

    void write(String command) {
        try {
            in.write(command + "\n");
            in.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the PC is gone: " + command, e);
        }
    }

    String next() {
        try {
            String line = lines.poll(ANSWER_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("the PC did not answer in " + ANSWER_SECONDS + " s");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the process to end by itself (after push-then-die, say). */
    int waitForExit() throws InterruptedException {
        if (!process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the PC did not exit");
        }
        return process.exitValue();
    }

    /** SIGKILL, like a power cut. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            write("quit");
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
