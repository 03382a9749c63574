package jaga.learning.report;

/** An export stopped because the adult cancelled it; the target file was left as it was. */
public final class ExportCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportCancelled() {
        super("The export was cancelled; no file was written.");
    }
}
