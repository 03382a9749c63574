package jaga.cli;

import jaga.bench.ContentBench;
import jaga.bench.GeneratedContent;
import jaga.bench.ProgressBench;
import jaga.bench.StartupBench;
import jaga.bench.Stats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jaga bench startup|content|progress|memory}: the figures in docs/performance.md, measured here. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Jaga on this computer (the figures in docs/performance.md).",
        subcommands = {BenchCommand.Startup.class, BenchCommand.Content.class, BenchCommand.Progress.class,
                BenchCommand.Memory.class, BenchCommand.Integrity.class})
final class BenchCommand {

    @ParentCommand
    JagaCommand parent;

    /** Options startup and memory share (a picocli mixin): how to launch Jaga and the bare window. */
    static final class Launching {
        @Option(names = "--runs", defaultValue = "15", description = "Timed runs of each (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--warmups", defaultValue = "1", description = "Untimed runs of each first (default: ${DEFAULT-VALUE}).")
        int warmups;

        @Option(names = "--java", paramLabel = "PATH", description = "The java to launch (default: the one running this command).")
        String java;

        @Option(names = "--java-option", paramLabel = "OPTION", description = "A JVM option for both launches (repeatable).")
        List<String> javaOptions = new ArrayList<>();

        @Option(names = "--class-path", paramLabel = "PATH", description = "Class path for both (default: this command's).")
        String classPath;

        @Option(names = "--launcher", paramLabel = "PATH",
                description = "Time this launcher (e.g. the installed /opt/jaga/bin/jaga) instead of java -cp ... jaga.Main.")
        String launcher;

        List<StartupBench.Launch> launches(Path dataFolder) {
            String javaCommand = java != null ? java
                    : ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String path = classPath != null ? classPath : System.getProperty("java.class.path");
            return StartupBench.launches(javaCommand, javaOptions, path, launcher == null ? List.of() : List.of(launcher), dataFolder);
        }
    }

    /** What startup and memory share: the launch options, and a fresh data folder for the launches, deleted after. */
    abstract static class Launched implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        Launching launch;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            Path data = StartupBench.preparedDataFolder();
            try {
                measure(out, launch.launches(data));
                out.flush();
                return JagaCommand.EXIT_OK;
            } finally {
                Stats.deleteRecursively(data);
            }
        }

        /** Times the launches (Jaga first, then the bare window) and prints the figures. */
        abstract void measure(PrintWriter out, List<StartupBench.Launch> launches) throws IOException, InterruptedException;
    }

    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = "Time from process start to the first usable screen, Jaga against a bare JavaFX window,"
                    + " alternating run by run (needs a display).")
    static final class Startup extends Launched {
        @Override
        void measure(PrintWriter out, List<StartupBench.Launch> launches) throws IOException, InterruptedException {
            String loadBefore = Stats.loadAverage();
            List<StartupBench.Result> results = StartupBench.run(launches, launch.warmups, launch.runs, out);
            String loadAfter = Stats.loadAverage();
            out.printf("%nstartup: %d runs each, alternating; load average before %s, after %s%n",
                    launch.runs, loadBefore, loadAfter);
            for (StartupBench.Result result : results) {
                out.printf("%-12s median %6.0f ms  (min %.0f, max %.0f)  RSS median %.0f MB%n", result.name(),
                        result.median(), Arrays.stream(result.millis()).min().orElse(0),
                        Arrays.stream(result.millis()).max().orElse(0), Stats.median(result.residentMegabytes()));
            }
            out.printf("ratio jaga / bare window: %.2f%n", results.get(0).median() / results.get(1).median());
        }
    }

    /** What content, progress and integrity share: the figures, then the load average they were taken under. */
    abstract static class Measured implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            int code = measure(out);
            out.printf("load average %s%n", Stats.loadAverage());
            out.flush();
            return code;
        }

        /** Measures and prints the figures; the exit code. */
        abstract int measure(PrintWriter out) throws IOException;
    }

    @Command(name = "content", mixinStandardHelpOptions = true,
            description = "Content load as at start-up: the bundled content, then generated modules (default 1,000).")
    static final class Content extends Measured {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--loads", defaultValue = "6", description = "Loads of each (the first is cold; default: ${DEFAULT-VALUE}).")
        int loads;

        @Option(names = "--modules", defaultValue = "1000", description = "Generated modules (default: ${DEFAULT-VALUE}).")
        int modules;

        @Option(names = "--questions", defaultValue = "30", description = "Questions per generated module (default: ${DEFAULT-VALUE}).")
        int questions;

        @Override
        int measure(PrintWriter out) throws IOException {
            try {
                return loads(out);
            } catch (IllegalStateException e) { // content with problems: its time would mean little
                spec.commandLine().getErr().println("jaga bench: " + e.getMessage());
                return JagaCommand.EXIT_PROBLEMS;
            }
        }

        private int loads(PrintWriter out) throws IOException {
            Path bundled = bench.parent.contentFolder();
            print(out, "bundled content", ContentBench.load(List.of(bundled), loads));
            Path generated = Files.createTempDirectory("jaga-bench-content");
            try {
                GeneratedContent.write(generated, bundled.resolve("resources.json"), modules, questions);
                print(out, "generated (" + questions + " questions each)", ContentBench.load(List.of(generated), loads));
            } finally {
                Stats.deleteRecursively(generated);
            }
            out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
            return JagaCommand.EXIT_OK;
        }

        private static void print(PrintWriter out, String what, ContentBench.Result result) {
            out.printf("content load, %s: %,d modules: first (cold) %.0f ms, then median %.0f ms over %d loads%n",
                    what, result.modules(), result.cold(), result.warmMedian(), result.millis().length - 1);
            out.flush();
        }
    }

    @Command(name = "progress", mixinStandardHelpOptions = true,
            description = "Saving an answer (median, p99) and a class dashboard in a generated school (default 1,000 learners).")
    static final class Progress extends Measured {
        @Option(names = "--answers", defaultValue = "2000", description = "Timed answer saves (default: ${DEFAULT-VALUE}).")
        int answers;

        @Option(names = "--learners", defaultValue = "1000", description = "Learners in the school (default: ${DEFAULT-VALUE}).")
        int learners;

        @Option(names = "--dashboards", defaultValue = "30", description = "Timed class dashboards (default: ${DEFAULT-VALUE}).")
        int dashboards;

        @Override
        int measure(PrintWriter out) throws IOException {
            ProgressBench.Timings commits = ProgressBench.answerCommits(Math.max(1, answers / 10), answers);
            out.printf("answer commit: median %.3f ms, p99 %.3f ms over %,d answers%n", commits.median(), commits.p99(), answers);
            out.flush();
            ProgressBench.School school = ProgressBench.classDashboard(learners, Math.max(1, dashboards / 5), dashboards);
            out.printf("school of %,d learners: generated in %.1f s, %,d bytes on disk%n", school.learners(),
                    school.generateSeconds(), school.bytes());
            out.printf("class dashboard (40 children): median %.1f ms, p99 %.1f ms over %d runs%n",
                    school.classDashboard().median(), school.classDashboard().p99(), dashboards);
            return JagaCommand.EXIT_OK;
        }
    }

    @Command(name = "integrity", mixinStandardHelpOptions = true,
            description = "SQLite's quick_check and integrity_check, and opening the file, on a generated school.")
    static final class Integrity extends Measured {
        @Option(names = "--learners", split = ",", defaultValue = "35,1000",
                description = "Schools to generate, by learners (default: ${DEFAULT-VALUE}).")
        List<Integer> learners;

        @Option(names = "--runs", defaultValue = "9", description = "Timed runs after the first (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        int measure(PrintWriter out) throws IOException {
            for (int size : learners) {
                ProgressBench.Integrity result = ProgressBench.integrityChecks(size, runs);
                out.printf("%,d learners, %,d bytes: quick_check first %.1f ms, then median %.1f ms (p99 %.1f);"
                                + " integrity_check first %.1f ms, then median %.1f ms (p99 %.1f); opening median %.1f ms"
                                + " over %d runs%n", result.learners(), result.bytes(), result.quickFirst(),
                        result.quick().median(), result.quick().p99(), result.fullFirst(), result.full().median(),
                        result.full().p99(), result.open().median(), runs);
                out.flush();
            }
            return JagaCommand.EXIT_OK;
        }
    }

    @Command(name = "memory", mixinStandardHelpOptions = true,
            description = "Resident memory (RSS) of Jaga when its first screen is usable (Linux; needs a display).")
    static final class Memory extends Launched {
        @Override
        void measure(PrintWriter out, List<StartupBench.Launch> launches) throws IOException, InterruptedException {
            List<StartupBench.Launch> jagaOnly = launches.subList(0, 1);
            StartupBench.Result result = StartupBench.run(jagaOnly, launch.warmups, launch.runs, out).get(0);
            double[] rss = result.residentMegabytes();
            out.printf("%nRSS after start-up: median %.0f MB (min %.0f, max %.0f) over %d runs; load average %s%n",
                    Stats.median(rss), Arrays.stream(rss).min().orElse(0), Arrays.stream(rss).max().orElse(0),
                    rss.length, Stats.loadAverage());
        }
    }
}
