package jaga.progress;

import jaga.model.Explained;
import java.util.List;

/**
 * A problem with the progress database or data folder. {@link #getMessage()} is written in English
 * for the parent or teacher at the command line and for the log (it may name files); the screens
 * tell it by {@link #messageKey()} ({@code problem.<key>} in the message bundles), in the reader's
 * language and without any file path.
 */
public class ProgressException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;

    /** The key of a problem no more particular key says. */
    public static final String FAILED = "progress.failed";

    private final String key;
    private final List<String> arguments;

    public ProgressException(String message) {
        this(FAILED, message, null);
    }

    public ProgressException(String message, Throwable cause) {
        this(FAILED, message, cause);
    }

    /** @param key the problem's key after {@code problem.}; the screens say it without arguments */
    public ProgressException(String key, String message, Throwable cause) {
        this(key, List.of(), message, cause);
    }

    /**
     * @param key the problem's key after {@code problem.}
     * @param arguments values for {0}, {1}, ... in its text: words a person reads, never a file path
     */
    public ProgressException(String key, List<String> arguments, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.arguments = List.copyOf(arguments);
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public List<String> messageArguments() {
        return arguments;
    }

    /** The database was written by a newer Jaga; it is left untouched. */
    public static final class TooNew extends ProgressException {
        private static final long serialVersionUID = 1L;

        public TooNew(String message) {
            super("progress.tooNew", message, null);
        }
    }

    /** The database file is damaged or is not a Jaga database; it is left untouched. */
    public static final class Damaged extends ProgressException {
        private static final long serialVersionUID = 1L;

        public Damaged(String message, Throwable cause) {
            super("progress.damaged", message, cause);
        }
    }

    /** The data folder cannot be created or written. */
    public static final class DataDirectoryUnusable extends ProgressException {
        private static final long serialVersionUID = 1L;

        public DataDirectoryUnusable(String message) {
            this("progress.folderUnusable", message);
        }

        /** @param key progress.folderFull, progress.folderNotWritable, progress.folderLinked, ... */
        public DataDirectoryUnusable(String key, String message) {
            super(key, message, null);
        }
    }

    /** Another Jaga (the app or a command) has this data folder open; nothing was changed. */
    public static final class AlreadyOpen extends ProgressException {
        private static final long serialVersionUID = 1L;

        public AlreadyOpen(String message) {
            super("progress.alreadyOpen", message, null);
        }
    }

    /** A file handed to Jaga (an export to import, a backup to restore) cannot be used. */
    public static final class UnusableFile extends ProgressException {
        private static final long serialVersionUID = 1L;

        public UnusableFile(String message, Throwable cause) {
            this("file.unusable", message, cause);
        }

        /** @param key {@code file.<why>}: file.exists, file.notWritten, file.notAnExport, ... */
        public UnusableFile(String key, String message, Throwable cause) {
            super(key, message, cause);
        }
    }
}
