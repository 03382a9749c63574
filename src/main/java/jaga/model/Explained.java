package jaga.model;

import java.util.List;

/**
 * A problem that can be told to a child or an adult in their own language. The screens look up
 * {@code problem.<messageKey>} in the message bundles and fill in the arguments; the exception's
 * English {@code getMessage()} stays for the command line and the log. Arguments never hold a
 * file path or anything secret: they are shown to people.
 */
public interface Explained {

    /** The key after {@code problem.} in messages_en/messages_ms.properties. */
    String messageKey();

    /** The values for {0}, {1}, ... in the message, already in words a person can read. */
    List<String> messageArguments();
}
