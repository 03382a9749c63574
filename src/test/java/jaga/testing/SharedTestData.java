package jaga.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Test data kept outside the repository, in {@code ../shared/testdata} (third-party corpora that
 * are not copied here). On a developer's machine without it the tests that need it are skipped and
 * say so; in CI ({@code CI=true}, as {@code .ci/run} sets) a missing folder fails them, so a
 * build that silently tested nothing cannot pass.
 */
public final class SharedTestData {
    public static final Path ROOT = Path.of("../shared/testdata");

    private SharedTestData() {}

    /** The folder {@code name} under the shared test data: skipped without it, failed in CI. */
    public static Path folder(String name) {
        return require(ROOT.resolve(name), System.getenv());
    }

    static Path require(Path folder, Map<String, String> environment) {
        if (!Files.isDirectory(folder)) {
            String message = "the shared test data " + folder + " is not here";
            if ("true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())) {
                Assertions.fail(message + ", and CI=true: a CI run must have it");
            }
            Assumptions.abort(message);
        }
        return folder;
    }
}
