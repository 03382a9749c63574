package jaga.bench;

import jaga.App;
import jaga.cli.JagaCommand;
import jaga.cli.LaunchOptions;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.model.Language;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.ui.LearnerRobot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Memory of Jaga after start-up and after one whole learner module played through the real screens.
 * A plain program on the test class path (not a test: it needs a real display and takes minutes):
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -q -o org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
 *     -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath jaga.bench.LessonMemory --runs 5 --module grooming-10-12"
 * </pre>
 *
 * <p>(docs/performance.md holds the figures; {@code --once} does one run in this JVM, {@code --hold N} then
 * keeps the app open N seconds for {@code jcmd PID GC.class_histogram}; {@code --record-events} leaves on
 * TestFX's record of every fired event, which otherwise is turned off because it keeps every screen the robot
 * touched reachable.)
 *
 * <p>Each run is a fresh JVM (with no JVM options, as {@code java -jar jaga.jar}) on a fresh data folder
 * holding the three learners of {@code bench memory} plus one added for the module's age band. It starts
 * the real {@link App} (real content, real SQLite, real speech detection), waits for the "who is learning?"
 * screen, reads {@code VmRSS} and {@code VmHWM} from {@code /proc/self/status}, then runs a full GC and
 * reads the heap in use; then the learner opens the module and a {@link LearnerRobot} plays every lesson
 * (chats, red-flag threads, checks) and the quiz by mouse, and the same three figures are read again.
 * The driver (TestFX with its glass robot) lives in the same JVM, so its classes count too: compare the
 * start-up figure with {@code jaga bench memory} to see how much.
 */
public final class LessonMemory {
    private static final String RESULT = "lesson-memory:";
    private static final long RUN_TIMEOUT_MINUTES = 20;
    /** Keeps TestFX's record of every fired event (its default), to measure what it costs. */
    private static final String RECORD_EVENTS = "--record-events";

    private LessonMemory() {}

    public static void main(String[] args) throws Exception {
        String module = option(args, "--module", "grooming-10-12");
        if (List.of(args).contains("--once")) {
            int code = 0;
            try {
                measureOnce(module, args);
            } catch (Throwable e) {
                e.printStackTrace();
                code = 1;
            }
            System.exit(code); // JavaFX and TestFX threads would keep the JVM alive
        }
        int runs = Integer.parseInt(option(args, "--runs", "5"));
        runAndSummarise(module, runs, List.of(args).contains(RECORD_EVENTS));
    }

    /** Starts {@code runs} fresh JVMs one after the other and prints each run's figures and the medians. */
    private static void runAndSummarise(String module, int runs, boolean recordEvents) throws IOException, InterruptedException {
        System.out.printf("lesson memory: module %s, %d runs%s, load average before %s%n", module, runs,
                recordEvents ? " (TestFX recording every event)" : "", Stats.loadAverage());
        double[][] figures = new double[6][runs];
        for (int run = 0; run < runs; run++) {
            double[] one = runOnce(module, recordEvents);
            for (int k = 0; k < one.length; k++) {
                figures[k][run] = one[k];
            }
            System.out.printf(Locale.ROOT, "run %d: after start-up RSS %.0f MB (peak %.0f), heap after GC %.1f MB;"
                    + " after the module RSS %.0f MB (peak %.0f), heap after GC %.1f MB%n",
                    run + 1, one[0], one[1], one[2], one[3], one[4], one[5]);
        }
        String[] names = {"after start-up: VmRSS", "after start-up: VmHWM", "after start-up: heap used after GC",
                "after the module: VmRSS", "after the module: VmHWM", "after the module: heap used after GC"};
        System.out.println("medians (min-max), MB:");
        for (int k = 0; k < names.length; k++) {
            System.out.printf(Locale.ROOT, "  %-38s %6.1f (%.1f-%.1f)%n", names[k], Stats.median(figures[k]),
                    Stats.percentile(figures[k], 0), Stats.percentile(figures[k], 100));
        }
        System.out.printf("load average after %s%n", Stats.loadAverage());
    }

    private static double[] runOnce(String module, boolean recordEvents) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LessonMemory.class.getName(), "--once", "--module", module));
        if (recordEvents) {
            command.add(RECORD_EVENTS);
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length()).trim();
                }
            }
        }
        if (!process.waitFor(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("a run did not finish within " + RUN_TIMEOUT_MINUTES + " minutes");
        }
        if (result == null || process.exitValue() != 0) {
            throw new IOException("a run failed (exit code " + process.exitValue() + "); is there a display?");
        }
        String[] fields = result.split(" ");
        double[] figures = new double[fields.length];
        for (int k = 0; k < fields.length; k++) {
            figures[k] = Double.parseDouble(fields[k]);
        }
        return figures;
    }

    /** One run in this JVM; prints one result line: RSS, peak RSS, heap after GC, after start-up then after the module. */
    private static void measureOnce(String moduleId, String[] args) throws Exception {
        // TestFX's glass robot drives JavaFX's own robot, so AWT is never loaded into the measured JVM.
        System.setProperty("testfx.robot", "glass");
        Path folder = StartupBench.preparedDataFolder();
        Application app = null;
        try {
            LaunchOptions options = JagaCommand.plainWindowLaunch(new String[] {"--data-dir", folder.toString()},
                    Map.of()).orElseThrow();
            // Only the one module, so the driver's own copy adds little to what is measured.
            Path moduleFile = options.contentDirectory().resolve("modules").resolve(moduleId).resolve("module.json");
            ContentLoader loader = new ContentLoader(ContentLoader.resourcesOf(options.contentDirectory(), new ArrayList<>()));
            ContentModule module = loader.load(List.of(moduleFile)).module(moduleId)
                    .orElseThrow(() -> new IllegalArgumentException("no module " + moduleId + " in " + moduleFile));
            long learner = learnerAddedByAnAdult(options, module);
            // Chat messages appear at once (a setting a child can choose too), so the run does not wait on pacing.
            Files.writeString(folder.resolve("display.properties"), "instantMessages=true\n");

            FxToolkit.registerPrimaryStage();
            app = FxToolkit.setupApplication(() -> new App(options));
            if (!List.of(args).contains(RECORD_EVENTS)) {
                // TestFX keeps every event fired on the registered stage in a list (for its failure messages),
                // and each event holds the node it hit: a whole module's screens, tooltips and render buffers
                // would stay reachable through it and be counted as Jaga's. Un-registering the stage (after
                // the app has started on it) ends that recording; the robot finds the window without it.
                FxToolkit.toolkitContext().setRegisteredStage(null);
            }
            FxRobot robot = new FxRobot();
            LearnerRobot child = new LearnerRobot(robot, module);
            child.waitFor("#learner-" + learner);
            double[] afterStartUp = memoryNow();

            child.press("#learner-" + learner);
            child.press("#open-" + moduleId);
            child.finishLessons();
            String score = child.answerQuizCorrectly();
            double[] afterModule = memoryNow();

            System.out.println("quiz result: " + score);
            System.out.printf(Locale.ROOT, "%s %.1f %.1f %.1f %.1f %.1f %.1f%n", RESULT, afterStartUp[0], afterStartUp[1],
                    afterStartUp[2], afterModule[0], afterModule[1], afterModule[2]);
            System.out.flush();
            // --hold N keeps the finished app open N seconds, to look inside with jcmd PID GC.class_histogram.
            long holdSeconds = Long.parseLong(option(args, "--hold", "0"));
            if (holdSeconds > 0) {
                System.out.println("holding for " + holdSeconds + " s: pid " + ProcessHandle.current().pid());
                Thread.sleep(holdSeconds * 1000);
            }
        } finally {
            if (app != null) {
                FxToolkit.cleanupApplication(app);
            }
            Stats.deleteRecursively(folder);
        }
    }

    /** The learner who plays: added by an adult, in the module's age band. */
    private static long learnerAddedByAnAdult(LaunchOptions options, ContentModule module) {
        try (Database database = Database.open(options.dataDirectory(), Clock.systemUTC())) {
            return new LearnerRepository(database).create("Dara", "owl", module.band(), Language.EN).id();
        }
    }

    /** VmRSS and VmHWM (read first, so the GC does not change them), then the heap in use after a full GC; MB. */
    private static double[] memoryNow() throws IOException {
        double rss = -1;
        double peak = -1;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line) / 1024.0;
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line) / 1024.0;
            }
        }
        System.gc();
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        return new double[] {rss, peak, heap};
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
