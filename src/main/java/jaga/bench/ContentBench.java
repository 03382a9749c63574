package jaga.bench;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.Resources;
import java.nio.file.Path;
import java.util.List;

/** Loading content as the app does at start-up (records and validator, no schema pass; docs/decisions/0002). */
public final class ContentBench {
    /** Load times in ms; the first is the JVM's first load (cold: classes loading, nothing compiled yet). */
    public record Result(int modules, double[] millis) {
        public double cold() {
            return millis[0];
        }

        /** Median of the loads after the first (-1 if there was only one). */
        public double warmMedian() {
            return millis.length < 2 ? -1 : Stats.median(java.util.Arrays.copyOfRange(millis, 1, millis.length));
        }
    }

    private ContentBench() {}

    /** Loads the content folders {@code loads} times; refuses content that does not load cleanly. */
    public static Result load(List<Path> sources, int loads) {
        double[] millis = new double[loads];
        int modules = -1;
        for (int i = 0; i < loads; i++) {
            long started = System.nanoTime();
            ContentCatalog catalog = new ContentLoader(Resources.NONE, false).load(sources);
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (!catalog.problems().isEmpty()) {
                throw new IllegalStateException("the content has problems, so its load time would mean little: "
                        + catalog.problems().get(0).format());
            }
            modules = catalog.modules().size();
        }
        return new Result(modules, millis);
    }
}
