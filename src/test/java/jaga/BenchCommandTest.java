package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.Modules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench command runs and prints its figures (with tiny counts; no time is asserted). */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("JAGA_CONTENT_DIR", Modules.bundledContent().toString()), options -> {
                    throw new AssertionError("the bench command opens no window in this JVM");
                });
    }

    /** One timed launch, no warm-up, of a bench that starts Jaga in its own JVM, headless as in every test. */
    private int runHeadless(String bench) {
        return run("bench", bench, "--runs", "1", "--warmups", "0",
                "--java-option", "-Dglass.platform=Monocle", "--java-option", "-Dmonocle.platform=Headless",
                "--java-option", "-Dprism.order=sw", "--java-option", "-Dprism.text=t2k");
    }

    @Test
    void contentLoadsTheBundledAndGeneratedModules() {
        assertThat(run("bench", "content", "--modules", "3", "--loads", "2")).as(err.toString()).isZero();

        assertThat(out.toString()).containsPattern("content load, bundled content: 32 modules: first \\(cold\\) \\d+ ms, then median \\d+ ms over 1 loads")
                .containsPattern("content load, generated \\(30 questions each\\): 3 modules: first \\(cold\\) \\d+ ms");
    }

    @Test
    void generatedModulesThatDoNotValidateAreRefusedWithAMessage() {
        assertThat(run("bench", "content", "--modules", "2", "--questions", "1", "--loads", "1")).isEqualTo(1);

        assertThat(err.toString()).startsWith("jaga bench: the content has problems").doesNotContain("Exception");
    }

    @Test
    void progressSavesAnswersAndShowsAClassDashboard() {
        assertThat(run("bench", "progress", "--answers", "20", "--learners", "45", "--dashboards", "2")).isZero();

        assertThat(out.toString()).containsPattern("answer commit: median \\d+\\.\\d+ ms, p99 \\d+\\.\\d+ ms over 20 answers")
                .containsPattern("school of 45 learners: generated in \\d+\\.\\d s, [\\d,]+ bytes on disk")
                .containsPattern("class dashboard \\(40 children\\): median \\d+\\.\\d ms, p99 \\d+\\.\\d ms over 2 runs");
    }

    /** Both launches really start JavaFX (headless, through Monocle as in every test) and reach their ready line. */
    @Test
    void startupTimesJagaAndTheBareWindowAndGivesTheRatio() {
        int exit = runHeadless("startup");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).containsPattern("jaga +median +\\d+ ms")
                .containsPattern("bare window +median +\\d+ ms")
                .containsPattern("ratio jaga / bare window: \\d+\\.\\d\\d");
    }

    /** Memory launches Jaga only (the launch options come from the same mixin as startup's). */
    @Test
    void memoryMeasuresJagaAfterStartUp() {
        int exit = runHeadless("memory");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).containsPattern("RSS after start-up: median \\d+ MB \\(min \\d+, max \\d+\\) over 1 runs")
                .doesNotContain("bare window");
    }
}
