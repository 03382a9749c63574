package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's commands: import-gift, export-module and install-module, as a teacher sees them. */
class TeacherContentCommandsTest {

    private static final String QUIZ = """
            // Scams quiz for 5 Bestari
            $CATEGORY: $course$/top/Online scams

            ::Free gems::Someone online offers you free gems for your password. What do you do?{
              =Tell an adult#Yes. Nobody needs your password.
              ~Type your password#The gems are a trick to get your password.
            }

            A real prize never needs your password.{TRUE#It does not.#Right.}

            Match each problem to who can help.{
              =Danger right now -> 999
              =Money lost to a scam -> NSRC 997
            }

            Write about a scam you have seen.{}
            """;

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("JAGA_CONTENT_DIR", Modules.bundledContent().toString()), options -> 0);
    }

    private Path quiz(String text) throws Exception {
        return Files.writeString(temp.resolve("scams-quiz.gift"), text);
    }

    @Test
    void importGiftWritesAModuleThatValidatesAndReportsWhatItSkipped() throws Exception {
        Path gift = quiz(QUIZ);
        Path data = temp.resolve("data");

        int exit = run("--data-dir", data.toString(), "import-gift", gift.toString(), "--id", "scams-5-bestari",
                "--topic", "scams", "--band", "10-12");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains(gift + ":16: unsupported question type at line 16: essay");
        assertThat(err.toString()).contains("Imported 3 question(s)", "1 problem(s) skipped a question",
                "the quiz is in English only", "Bahasa Melayu");
        Path module = data.resolve("modules/scams-5-bestari/module.json");
        JsonNode json = new ObjectMapper().readTree(module.toFile());
        assertThat(json.path("title").path("en").asText()).isEqualTo("Online scams");
        assertThat(json.path("quiz").path("questions")).extracting(q -> q.path("type").asText())
                .containsExactly("single", "trueFalse", "matching");
        assertThat(json.path("quiz").path("questions").get(0).path("prompt").path("ms").asText())
                .isEqualTo("Someone online offers you free gems for your password. What do you do?");

        assertThat(run("--data-dir", data.toString(), "validate")).as(out.toString()).isZero();
        assertThat(out.toString()).doesNotContain("scams-5-bestari");
        try (Stream<Path> list = Files.list(data.resolve("modules"))) {
            assertThat(list.toList()).containsExactly(data.resolve("modules/scams-5-bestari"));
        }
    }

    @Test
    void importGiftWritesToTheOutFolderAndNamesTheOtherLanguage() throws Exception {
        Path gift = quiz("Penipu minta kata laluan kamu.{T}");
        Path folder = temp.resolve("mine");

        int exit = run("--data-dir", temp.resolve("data").toString(), "import-gift", gift.toString(), "--id", "kuiz",
                "--topic", "privacy", "--band", "7-9", "--locale", "ms", "--out", folder.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(folder.resolve("kuiz/module.json")).exists();
        assertThat(err.toString()).contains("the quiz is in Bahasa Melayu only", "English (\"en\")");
        assertThat(run("validate", folder.toString())).as(out.toString()).isZero();
    }

    @Test
    void importGiftWithNoUsableQuestionWritesNothingAndExitsOne() throws Exception {
        Path gift = quiz("Essay?{}\n\nYear?{#1822}\n");
        Path data = temp.resolve("data");

        assertThat(run("--data-dir", data.toString(), "import-gift", gift.toString(), "--id", "nothing",
                "--topic", "scams", "--band", "10-12")).isEqualTo(1);
        assertThat(out.toString().lines().toList()).containsExactly(
                gift + ":1: unsupported question type at line 1: essay (Jaga cannot mark written answers); it was skipped",
                gift + ":3: unsupported question type at line 3: numerical (Jaga cannot mark typed answers); it was skipped");
        assertThat(err.toString()).contains("has no question Jaga can use; nothing was written");
        assertThat(data.resolve("modules/nothing")).doesNotExist();
    }

    @Test
    void importGiftRefusesWrongTopicBandIdOrATakenFolderWithCodeTwo() throws Exception {
        Path gift = quiz(QUIZ);
        String data = temp.resolve("data").toString();

        assertThat(run("--data-dir", data, "import-gift", gift.toString(), "--id", "q", "--topic", "scam", "--band", "10-12"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("the topic 'scam' is not one of");
        assertThat(run("--data-dir", data, "import-gift", gift.toString(), "--id", "q", "--topic", "scams", "--band", "adults"))
                .isEqualTo(2);
        assertThat(run("--data-dir", data, "import-gift", gift.toString(), "--id", "My Quiz", "--topic", "scams",
                "--band", "10-12")).isEqualTo(2);
        assertThat(run("--data-dir", data, "import-gift", gift.toString(), "--id", "scams-10-12", "--topic", "scams",
                "--band", "10-12")).isEqualTo(2);
        assertThat(err.toString()).contains("already used by a module that comes with Jaga");
        assertThat(run("--data-dir", data, "import-gift", gift.toString(), "--id", "q", "--topic", "scams", "--band", "10-12"))
                .isZero();
        assertThat(run("--data-dir", data, "import-gift", gift.toString(), "--id", "q", "--topic", "scams", "--band", "10-12"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("there is already a module folder");
    }

    @Test
    void aModuleExportedOnOneComputerInstallsOnAnother() throws Exception {
        Path school = temp.resolve("school");
        Fixtures.writeFullModule(school.resolve("modules"), "full-module", Fixtures.pretty(Fixtures.fullModule()));
        Path pack = temp.resolve("full-module.jaga");

        assertThat(run("--data-dir", school.toString(), "export-module", "full-module", "--out", pack.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Exported full-module to " + pack);

        Path home = temp.resolve("home");
        assertThat(run("--data-dir", home.toString(), "install-module", pack.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Installed full-module version 3 in " + home.resolve("modules/full-module"));
        assertThat(home.resolve("modules/full-module/phone.png")).exists();
        assertThat(run("--data-dir", home.toString(), "validate")).as(out.toString()).isZero();

        assertThat(run("--data-dir", home.toString(), "install-module", pack.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly("jaga: " + pack + " was not installed: a module called"
                + " full-module is already installed (version 3); use --keep-both to install this one beside it, or"
                + " --replace if this pack is newer");
        assertThat(run("--data-dir", home.toString(), "install-module", pack.toString(), "--keep-both")).isZero();
        assertThat(home.resolve("modules/full-module-2/module.json")).exists();
        assertThat(run("--data-dir", home.toString(), "install-module", pack.toString(), "--keep-both", "--replace"))
                .isEqualTo(2);
    }

    @Test
    void exportingAModuleThatIsNotThereOrOverAFileIsAUsageError() throws Exception {
        String data = temp.resolve("data").toString();
        assertThat(run("--data-dir", data, "export-module", "no-such-module", "--out", temp.resolve("x.jaga").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("there is no module called no-such-module");
        Path existing = Files.writeString(temp.resolve("there.jaga"), "x");
        assertThat(run("--data-dir", data, "export-module", "scams-10-12", "--out", existing.toString())).isEqualTo(2);
        assertThat(Files.readString(existing)).isEqualTo("x");
    }

    @Test
    void aFileThatIsNotAPackIsRefusedWithOneLineAndNothingInstalled() throws Exception {
        Path notAPack = Files.writeString(temp.resolve("holiday.jaga"), "not a zip");
        Path data = temp.resolve("data");

        assertThat(run("--data-dir", data.toString(), "install-module", notAPack.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "jaga: " + notAPack + " was not installed: it is not a .jaga pack (not a zip file)");
        assertThat(data.resolve("modules")).doesNotExist();
    }
}
