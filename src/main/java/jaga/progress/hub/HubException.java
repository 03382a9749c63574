package jaga.progress.hub;

import jaga.progress.ProgressException;

/** The school hub could not be used; every message says what to do, and that nothing was lost here. */
public class HubException extends ProgressException {
    public HubException(String message) {
        super(message);
    }

    public HubException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The address is not a PostgreSQL JDBC URL, or has no user. */
    public static final class BadAddress extends HubException {
        public BadAddress(String message) {
            super(message);
        }
    }

    /** The hub did not answer in time, or refused the connection: try again later. */
    public static final class Unreachable extends HubException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The user name or password was refused, or the role may not use Jaga's tables. */
    public static final class NotAllowed extends HubException {
        public NotAllowed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The hub has no Jaga schema, or one this Jaga does not speak: nothing is sent until that is fixed. */
    public static final class WrongVersion extends HubException {
        public WrongVersion(String message) {
            super(message);
        }
    }
}
