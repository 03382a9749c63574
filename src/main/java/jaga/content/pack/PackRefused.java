package jaga.content.pack;

/** A pack that is not installed (or a module that is not exported), with one line saying why in plain words. */
public final class PackRefused extends Exception {
    public PackRefused(String message) {
        super(message);
    }
}
