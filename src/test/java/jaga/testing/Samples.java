package jaga.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** With -Djaga.reportSamples=DIR, tests copy the reports they make there, to look at by hand. */
public final class Samples {
    private Samples() {}

    public static void keep(Path file, String name) throws IOException {
        String folder = System.getProperty("jaga.reportSamples");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.copy(file, Path.of(folder, name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
