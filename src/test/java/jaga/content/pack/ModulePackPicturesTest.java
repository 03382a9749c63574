package jaga.content.pack;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import jaga.content.ModuleFiles;
import jaga.content.ModuleReader;
import jaga.content.Step;
import jaga.testing.Modules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shipped module with its pictures goes into a .jaga pack and comes out the same, pictures and all. */
class ModulePackPicturesTest {
    private static final String ID = "grooming-7-9";

    @TempDir
    Path temp;

    @Test
    void aModuleWithPicturesRoundTripsThroughAPack() throws Exception {
        Path source = copy(Modules.bundledContent().resolve("modules").resolve(ID), temp.resolve("source").resolve(ID));
        ModulePacks packs = new ModulePacks(Modules.bundledResources());
        Path pack = temp.resolve(ID + ".jaga");
        packs.export(source, pack);

        Path data = temp.resolve("data");
        ModulePacks.Installed installed = packs.install(pack, data.resolve("modules"), data, id -> false,
                ModulePacks.IfExists.REFUSE);

        Map<String, byte[]> before = tree(source);
        Map<String, byte[]> after = tree(installed.folder());
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet())
                .contains("module.json", "pictures/surprises-and-secrets.png", "pictures/kind-online-friends.png",
                        "pictures/gifts-online.png");
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));

        ModuleReader.ModuleReadResult read = new ModuleReader().read(installed.folder().resolve("module.json"),
                Modules.bundledResources());
        assertThat(read.problems()).isEmpty();
        ContentModule module = read.module().orElseThrow();
        for (var lesson : module.lessons()) {
            Step.Text first = (Step.Text) lesson.steps().stream().filter(Step.Text.class::isInstance)
                    .filter(step -> ((Step.Text) step).picture() != null).findFirst().orElseThrow();
            assertThat(ModuleFiles.picture(installed.folder(), first.picture().file())).as(lesson.id()).isPresent();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    private static Map<String, byte[]> tree(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
