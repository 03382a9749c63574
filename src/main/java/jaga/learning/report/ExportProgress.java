package jaga.learning.report;

/**
 * Told how far a long export has got, so a screen can show a progress bar, and asked whether to
 * stop. Called on the thread doing the export.
 */
public interface ExportProgress {
    /** Nobody is watching and nothing cancels. */
    ExportProgress NONE = (fraction, doing) -> { };

    /** @param fraction done so far, 0 to 1; @param doing what is being done, in words (e.g. a learner's name) */
    void update(double fraction, String doing);

    /** True to stop the export: it then throws {@link ExportCancelled} and leaves no file behind. */
    default boolean cancelled() {
        return false;
    }

    /** Reports progress and stops if cancelled. */
    default void step(double fraction, String doing) {
        if (cancelled()) {
            throw new ExportCancelled();
        }
        update(Math.max(0, Math.min(1, fraction)), doing);
    }
}
