package jaga.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a child JVM that writes to a database and prints {@code committed <event> end} after each
 * commit, then kills it with SIGKILL at a chosen moment. What it printed before dying is what it
 * promised was saved. The child prints {@code ready} once it starts its work; the kill delay
 * counts from then.
 */
public final class KilledChild {
    private static final Pattern COMMITTED = Pattern.compile("committed (.+) end");

    /** The events the child reported committed, and every other whole line it printed. */
    public record Run(List<String> committed, List<String> otherLines) {}

    private KilledChild() {}

    public static Run runAndKill(Class<?> main, long killAfterMillis, String... args) throws Exception {
        Process child = ChildJvm.start(main, args);
        List<String> committed = new CopyOnWriteArrayList<>();
        List<String> other = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    Matcher m = COMMITTED.matcher(line);
                    if (m.matches()) {
                        committed.add(m.group(1)); // a line cut short by the kill has no " end" and does not match
                    } else if (line.equals("ready")) {
                        ready.countDown();
                    } else {
                        other.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the pipe breaks when the child dies
            }
        });
        reader.start();
        try {
            if (!ready.await(120, TimeUnit.SECONDS)) {
                throw new AssertionError("the child did not start; it printed " + other);
            }
            Thread.sleep(killAfterMillis);
        } finally {
            // SIGKILL on Unix. Through the ProcessHandle: Process.destroyForcibly() also closes our end
            // of the child's output, which would drop "committed" lines still in the pipe.
            child.toHandle().destroyForcibly();
        }
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the killed child did not end");
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return new Run(List.copyOf(committed), List.copyOf(other));
    }
}
