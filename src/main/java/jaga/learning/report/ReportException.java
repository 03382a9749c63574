package jaga.learning.report;

/** A report that could not be written, with a message a parent or teacher can act on. */
public final class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
