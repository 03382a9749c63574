package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.Modules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path content;

    private final ContentLoader loader = new ContentLoader();

    @Test
    void aBrokenModuleIsLeftOutAndTheOthersStillLoad() throws Exception {
        Path modules = Files.createDirectories(content.resolve("modules"));
        Modules.write(modules, "first", Modules.validV1("first"));
        Path broken = Modules.write(modules, "second", "{ \"formatVersion\": 1, ");
        Modules.write(modules, "third", Modules.validV1("third"));

        ContentCatalog catalog = loader.load(List.of(content));

        assertThat(catalog.modules()).extracting(ContentModule::id).containsExactly("first", "third");
        assertThat(catalog.broken()).extracting(ContentCatalog.BrokenModule::file).containsExactly(broken);
        assertThat(catalog.problems()).hasSize(1);
        assertThat(catalog.problems().get(0).format()).startsWith(broken + ":1:");
    }

    @Test
    void aPathMayBeAModuleFolderOrItsFile() {
        Path file = Modules.write(content, "first", Modules.validV1("first"));

        assertThat(loader.load(List.of(file.getParent())).modules()).hasSize(1);
        assertThat(loader.load(List.of(file)).modules()).hasSize(1);
        assertThat(loader.load(List.of(content)).modules()).hasSize(1);
    }

    @Test
    void theSameModuleIdTwiceIsReportedNotShadowed() throws Exception {
        Path one = Files.createDirectories(content.resolve("one"));
        Path two = Files.createDirectories(content.resolve("two"));
        Modules.write(one, "same", Modules.validV1("same"));
        Path second = Modules.write(two, "same", Modules.validV1("same"));

        ContentCatalog catalog = loader.load(List.of(one, two));

        assertThat(catalog.modules()).hasSize(1);
        assertThat(catalog.problems()).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo(second);
                    assertThat(problem.message()).startsWith("module id 'same' is also used by ");
                });
    }

    @Test
    void aMissingPathIsAProblemNotACrash() {
        ContentCatalog catalog = loader.load(List.of(content.resolve("nowhere")));

        assertThat(catalog.modules()).isEmpty();
        assertThat(catalog.problems()).singleElement()
                .extracting(ContentProblem::message).isEqualTo("no such file or folder");
    }

    @Test
    void aPrerequisiteThatDoesNotExistIsReported() throws Exception {
        Path modules = Files.createDirectories(content.resolve("modules"));
        Path file = Modules.write(modules, "first", Modules.validV1("first")
                .replace("\"version\": 1,", "\"version\": 1,\n  \"prerequisites\": [\"nowhere\"],"));

        ContentCatalog catalog = loader.load(List.of(content));

        assertThat(catalog.modules()).isEmpty();
        assertThat(catalog.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(List.of(problem.line(), problem.column())).isEqualTo(List.of(5, 21));
            assertThat(problem.jsonPath()).isEqualTo("prerequisites[0]");
            assertThat(problem.message()).isEqualTo("prerequisite 'nowhere' is not a module that loaded");
        });
    }

    @Test
    void prerequisitesThatGoRoundInACircleAreReported() throws Exception {
        Path modules = Files.createDirectories(content.resolve("modules"));
        for (String[] pair : new String[][] {{"one", "two"}, {"two", "three"}, {"three", "one"}}) {
            Modules.write(modules, pair[0], Modules.validV1(pair[0])
                    .replace("\"version\": 1,", "\"version\": 1,\n  \"prerequisites\": [\"" + pair[1] + "\"],"));
        }

        ContentCatalog catalog = loader.load(List.of(content));

        assertThat(catalog.modules()).isEmpty();
        assertThat(catalog.problems()).extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "prerequisites go round in a circle: one -> two -> three -> one",
                "prerequisites go round in a circle: two -> three -> one -> two",
                "prerequisites go round in a circle: three -> one -> two -> three");
        assertThat(catalog.problems()).allSatisfy(problem ->
                assertThat(List.of(problem.line(), problem.column())).isEqualTo(List.of(5, 20)));
    }

    @Test
    void theBundledContentValidatesClean() {
        ContentCatalog catalog = loader.load(List.of(Modules.bundledContent()));

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.modules()).extracting(ContentModule::id).contains("grooming-10-12");
        assertThat(catalog.resources().contact("talian-kasih")).isPresent();
    }
}
