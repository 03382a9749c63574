package jaga.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jaga.content.Resources;
import jaga.content.pack.ModulePacks;
import jaga.content.pack.PackRefused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A .jaga pack from a stranger either installs or is refused with a message; it never crashes
 * Jaga and never leaves files behind when refused. A thrown exception other than the refusal is
 * a bug.
 */
class PackFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyPackInstallsOrIsRefusedCleanly(byte[] data) throws IOException {
        Path root = Files.createTempDirectory("jaga-fuzz-pack");
        try {
            Path pack = Files.write(root.resolve("shared.jaga"), data);
            Path modules = Files.createDirectories(root.resolve("data").resolve("modules"));
            try {
                new ModulePacks(Resources.NONE).install(pack, modules, root.resolve("data"), id -> false,
                        ModulePacks.IfExists.REFUSE);
            } catch (PackRefused refused) {
                assertThat(refused.getMessage()).isNotBlank();
                try (Stream<Path> left = Files.list(modules)) {
                    assertThat(left).as("nothing installed after a refusal").isEmpty();
                }
            }
            try (Stream<Path> work = Files.list(root.resolve("data"))) {
                assertThat(work.map(p -> p.getFileName().toString())).as("no temporary folder left")
                        .containsExactly("modules");
            }
        } finally {
            FuzzFiles.delete(root);
        }
    }
}
