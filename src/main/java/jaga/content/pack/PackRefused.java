package jaga.content.pack;

import jaga.model.Explained;
import java.util.List;

/**
 * A pack that is not installed (or a module that is not exported), with one line saying why in plain
 * words for the command line and the log; the screens say {@code problem.content.packRefused}.
 */
public final class PackRefused extends Exception implements Explained {
    public PackRefused(String message) {
        super(message);
    }

    @Override
    public String messageKey() {
        return "content.packRefused";
    }

    @Override
    public List<String> messageArguments() {
        return List.of();
    }
}
