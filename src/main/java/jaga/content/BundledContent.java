package jaga.content;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the content folder shipped with Jaga, wherever Jaga was started from. */
public final class BundledContent {
    public static final String ENVIRONMENT_VARIABLE = "JAGA_CONTENT_DIR";

    private BundledContent() {}

    /**
     * JAGA_CONTENT_DIR if set; else a {@code content} folder beside the jar or classes folder,
     * one level up from it (target/jaga.jar in a checkout), or in the working folder.
     */
    public static Optional<Path> locate(Map<String, String> environment, Path workingFolder) {
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(Path.of(fromEnvironment).toAbsolutePath());
        }
        List<Path> candidates = new ArrayList<>();
        codeLocation().ifPresent(code -> {
            Path folder = code.getParent();
            for (int up = 0; up < 3 && folder != null; up++, folder = folder.getParent()) {
                candidates.add(folder.resolve("content"));
            }
        });
        candidates.add(workingFolder.resolve("content"));
        return candidates.stream()
                .filter(candidate -> Files.isDirectory(candidate.resolve(ContentLoader.MODULES_FOLDER)))
                .map(Path::toAbsolutePath)
                .map(Path::normalize)
                .findFirst();
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = BundledContent.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
