package jaga.progress.hub;

import jaga.progress.ProgressException;

/**
 * The school hub could not be used; every message says what to do, and that nothing was lost here.
 * The screens say it by its key ({@code problem.hub.<why>}); the English message, which names the
 * hub's address, is for the command line and the log.
 */
public class HubException extends ProgressException {
    public HubException(String message) {
        super("hub.failed", message, null);
    }

    public HubException(String message, Throwable cause) {
        super("hub.failed", message, cause);
    }

    HubException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    /** This computer is not paired with a hub. */
    static HubException notPaired(String message) {
        return new HubException("hub.notPaired", message, null);
    }

    /** The address is not a PostgreSQL JDBC URL, or has no user. */
    public static final class BadAddress extends HubException {
        public BadAddress(String message) {
            super("hub.badAddress", message, null);
        }
    }

    /** The hub did not answer in time, or refused the connection: try again later. */
    public static final class Unreachable extends HubException {
        public Unreachable(String message, Throwable cause) {
            super("hub.unreachable", message, cause);
        }
    }

    /** The user name or password was refused, or the role may not use Jaga's tables. */
    public static final class NotAllowed extends HubException {
        public NotAllowed(String message, Throwable cause) {
            super("hub.notAllowed", message, cause);
        }
    }

    /** The hub has no Jaga schema, or one this Jaga does not speak: nothing is sent until that is fixed. */
    public static final class WrongVersion extends HubException {
        public WrongVersion(String message) {
            super("hub.wrongVersion", message, null);
        }

        /** @param key hub.notSetUp, hub.newer (update this Jaga) or hub.older (update the hub) */
        WrongVersion(String key, String message) {
            super(key, message, null);
        }
    }
}
