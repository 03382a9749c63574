package jaga.bench;

import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times start-up from outside: from starting the process to the line it prints at its interactive
 * moment ({@code jaga.ui.common.StartupTiming#READY_LINE}), for Jaga and for a bare JavaFX window,
 * alternating the two run by run so both see the same load on the machine.
 */
public final class StartupBench {
    /** Printed by both at their interactive moment (the same text as StartupTiming.READY_LINE, which needs JavaFX). */
    static final String READY_LINE = "jaga: interactive";
    static final String BARE_WINDOW = "jaga.bench.BareWindow";
    private static final long TIMEOUT_SECONDS = 120;

    /** One launch: the command and what to call it in the output. */
    public record Launch(String name, List<String> command) {}

    /** Median and spread of one launch's times, in milliseconds; RSS at the interactive moment in MB (-1 if unknown). */
    public record Result(String name, double[] millis, double[] residentMegabytes) {
        public double median() {
            return Stats.median(millis);
        }
    }

    private StartupBench() {}

    /**
     * The launches for this JVM: {@code java [options] -cp CLASSPATH jaga.Main --data-dir D --exit-when-ready},
     * or the given packaged launcher instead, and the bare window with the same java, options and class path.
     */
    public static List<Launch> launches(String java, List<String> javaOptions, String classPath, List<String> jagaLauncher,
                                        Path dataFolder) {
        List<String> jaga = new ArrayList<>();
        if (jagaLauncher.isEmpty()) {
            jaga.add(java);
            jaga.addAll(javaOptions);
            jaga.addAll(List.of("-cp", classPath, "jaga.Main"));
        } else {
            jaga.addAll(jagaLauncher);
        }
        jaga.addAll(List.of("--data-dir", dataFolder.toString(), "--exit-when-ready"));
        List<String> bare = new ArrayList<>();
        bare.add(java);
        bare.addAll(javaOptions);
        bare.addAll(List.of("-cp", classPath, BARE_WINDOW));
        return List.of(new Launch("jaga", jaga), new Launch("bare window", bare));
    }

    /** A data folder with three learners, so Jaga opens on its usual "who is learning?" screen. */
    public static Path preparedDataFolder() throws IOException {
        Path folder = Files.createTempDirectory("jaga-bench-startup");
        try (Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC())) {
            LearnerRepository learners = new LearnerRepository(database);
            learners.create("Aina", "owl", Band.AGES_7_9, Language.MS);
            learners.create("Ben", "cat", Band.AGES_10_12, Language.EN);
            learners.create("Chitra", "fox", Band.AGES_13_17, Language.EN);
        }
        return folder;
    }

    /** Runs each launch {@code runs} times, alternating which goes first; the first {@code warmups} rounds are not counted. */
    public static List<Result> run(List<Launch> launches, int warmups, int runs, PrintWriter progress)
            throws IOException, InterruptedException {
        List<double[]> times = new ArrayList<>();
        List<double[]> memory = new ArrayList<>();
        for (int i = 0; i < launches.size(); i++) {
            times.add(new double[runs]);
            memory.add(new double[runs]);
        }
        for (int round = -warmups; round < runs; round++) {
            for (int k = 0; k < launches.size(); k++) {
                int which = Math.floorMod(round, 2) == 0 ? k : launches.size() - 1 - k;
                Timed timed = timeOnce(launches.get(which));
                if (round >= 0) {
                    times.get(which)[round] = timed.millis();
                    memory.get(which)[round] = timed.residentMegabytes();
                }
                progress.printf("%s %s: %.0f ms%n", round < 0 ? "warm-up" : "run " + (round + 1),
                        launches.get(which).name(), timed.millis());
                progress.flush();
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < launches.size(); i++) {
            results.add(new Result(launches.get(i).name(), times.get(i), memory.get(i)));
        }
        return results;
    }

    private record Timed(double millis, double residentMegabytes) {}

    private static Timed timeOnce(Launch launch) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launch.command()).redirectError(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        Process process = builder.start();
        double millis = -1;
        double resident = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(READY_LINE)) {
                    millis = (System.nanoTime() - started) / 1e6;
                    resident = Stats.residentMegabytes(process.pid());
                    break;
                }
            }
            out.transferTo(java.io.Writer.nullWriter());
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(launch.name() + " did not finish within " + TIMEOUT_SECONDS + " s: " + launch.command());
        }
        if (millis < 0 || process.exitValue() != 0) {
            throw new IOException(launch.name() + " did not reach its interactive screen (exit code "
                    + process.exitValue() + "); is there a display? Command: " + String.join(" ", launch.command()));
        }
        return new Timed(millis, resident);
    }
}
