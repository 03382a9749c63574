package jaga.progress;

/**
 * A problem with the progress database or data folder, with a message written for the parent
 * or teacher who has to act on it.
 */
public class ProgressException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProgressException(String message) {
        super(message);
    }

    public ProgressException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The database was written by a newer Jaga; it is left untouched. */
    public static final class TooNew extends ProgressException {
        private static final long serialVersionUID = 1L;

        public TooNew(String message) {
            super(message);
        }
    }

    /** The database file is damaged or is not a Jaga database; it is left untouched. */
    public static final class Damaged extends ProgressException {
        private static final long serialVersionUID = 1L;

        public Damaged(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The data folder cannot be created or written. */
    public static final class DataDirectoryUnusable extends ProgressException {
        private static final long serialVersionUID = 1L;

        public DataDirectoryUnusable(String message) {
            super(message);
        }
    }

    /** Another Jaga (the app or a command) has this data folder open; nothing was changed. */
    public static final class AlreadyOpen extends ProgressException {
        private static final long serialVersionUID = 1L;

        public AlreadyOpen(String message) {
            super(message);
        }
    }

    /** A file handed to Jaga (an export to import, a backup to restore) cannot be used. */
    public static final class UnusableFile extends ProgressException {
        private static final long serialVersionUID = 1L;

        public UnusableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
