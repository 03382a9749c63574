package jaga.bench;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading and validating a large content folder: generated modules of about 30 questions each
 * (every question type, a chat and spot-the-flags step), as a big school library would have.
 * Run: ./mvnw -Pbench verify -Djmh.args="ContentLoadBenchmark -prof gc"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ContentLoadBenchmark {

    @Param({"1000"})
    public int modules;

    /** true: as {@code jaga validate} does; false: as the app loads at start-up. */
    @Param({"true", "false"})
    public boolean schema;

    private Path content;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        content = GeneratedContent.write(Files.createTempDirectory("jaga-bench-content"),
                Path.of("content/resources.json"), modules, 30);
    }

    @Benchmark
    public ContentCatalog loadAndValidate() {
        ContentCatalog catalog = new ContentLoader(jaga.content.Resources.NONE, schema).load(List.of(content));
        if (catalog.modules().size() != modules) {
            throw new IllegalStateException("generated content did not load cleanly: " + catalog.problems().stream().limit(3).toList());
        }
        return catalog;
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
