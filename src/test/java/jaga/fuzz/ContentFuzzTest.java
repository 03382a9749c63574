package jaga.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jaga.content.ContentLoader;
import jaga.content.ModuleReader;
import jaga.content.Resources;
import jaga.content.gift.GiftImport;
import jaga.content.gift.GiftParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Content other people wrote must never crash Jaga: any file either loads or is reported with a
 * problem. A thrown exception here is a bug. In a normal build the saved inputs under
 * src/test/resources/jaga/fuzz/ContentFuzzTestInputs run as regression tests; with -Pfuzz,
 * Jazzer searches for new inputs for the time the profile sets.
 */
class ContentFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyModuleFileLoadsOrIsReported(byte[] data) throws IOException {
        Path folder = Files.createTempDirectory("jaga-fuzz");
        try {
            Path module = Files.createDirectories(folder.resolve("modules").resolve("fuzzed"));
            Files.write(module.resolve("module.json"), data);
            new ModuleReader().read(module.resolve("module.json"), Resources.NONE);
            new ContentLoader(Resources.NONE, false).load(List.of(folder));
        } finally {
            FuzzFiles.delete(folder);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyGiftTextParsesOrIsReported(byte[] data) {
        // Bytes, decoded as a file would be: a file is never "null", only any sequence of bytes.
        GiftImport.convert(GiftParser.parse(new String(data, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
