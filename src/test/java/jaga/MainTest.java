package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.cli.LaunchOptions;
import jaga.testing.Modules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a parent, teacher or script sees it: output, messages and exit codes. */
class MainTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<LaunchOptions> windowsOpened = new ArrayList<>();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("JAGA_CONTENT_DIR", Modules.bundledContent().toString()), options -> {
                    windowsOpened.add(options);
                    return 0;
                });
    }

    @Test
    void validateOnTheBundledContentExitsZero() {
        assertThat(run("validate")).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("0 error(s)");
    }

    @Test
    void validateNamesFileLineAndColumnOfEveryProblemAndExitsOne() throws Exception {
        Path syntax = Modules.write(temp, "syntax", Modules.validV1("syntax").replace("\"version\": 1,", "\"version\": 1"));
        Path unknown = Modules.write(temp, "unknown", Modules.validV1("unknown").replace("\"band\":", "\"bnad\":"));
        Path untranslated = Modules.write(temp, "untranslated",
                Modules.validV1("untranslated").replace(", \"ms\": \"Syiling percuma?\"", ""));
        Modules.write(temp, "fine", Modules.validV1("fine"));

        int exit = run("validate", temp.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines().toList()).containsExactlyInAnyOrder(
                syntax + ":5:3: $: invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
                unknown + ":1:1: $: missing required property 'band'",
                unknown + ":6:3: bnad: unknown property 'bnad' (did you mean 'band'?)",
                untranslated + ":12:7: lessons[0].title: missing translation for 'ms'");
        assertThat(err.toString()).contains("1 module(s) loaded, 3 left out; 4 error(s)");
        assertThat(Files.exists(temp.resolve("fine/module.json"))).isTrue();
    }

    @Test
    void anUnusableDataFolderGetsOneLineAndExitCodeTwo() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");

        int exit = run("--data-dir", file.resolve("jaga").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().toList()).containsExactly("jaga: Cannot use the data folder "
                + file.resolve("jaga") + ": it cannot be created. Choose another with --data-dir or JAGA_DATA_DIR.");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void noCommandOpensTheWindowWithTheCheckedFolders() {
        Path data = temp.resolve("data");

        assertThat(run("--data-dir", data.toString())).isZero();

        assertThat(windowsOpened).singleElement().satisfies(options -> {
            assertThat(options.dataDirectory().root()).isEqualTo(data);
            assertThat(options.contentDirectory()).isEqualTo(Modules.bundledContent());
        });
        assertThat(data).isDirectory();
    }

    @Test
    void versionAndHelpAnswer() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Jaga ").doesNotContain("unknown");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate", "--data-dir");
    }

    @Test
    void aWrongOptionIsAUsageErrorWithCodeTwo() {
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void exitWhenReadyReachesTheWindowInEitherSpelling() {
        Path data = temp.resolve("data");

        assertThat(run("--exit-when-ready", "--data-dir=" + data)).isZero();
        assertThat(run("--data-dir", data.toString())).isZero();

        assertThat(windowsOpened).extracting(LaunchOptions::exitWhenReady).containsExactly(true, false);
        assertThat(windowsOpened).allSatisfy(options -> assertThat(options.dataDirectory().root()).isEqualTo(data));
    }

    @Test
    void aCommandAfterTheWindowOptionsIsStillACommand() {
        assertThat(run("--data-dir", temp.resolve("data").toString(), "learners")).isZero();

        assertThat(windowsOpened).isEmpty();
        assertThat(err.toString()).contains("0 learner(s)");
    }

    @Test
    void theBenchCommandIsListed() {
        assertThat(run("bench", "--help")).isZero();
        assertThat(out.toString()).contains("startup", "content", "progress", "memory");
    }
}
