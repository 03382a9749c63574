package jaga.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per data folder: an operating-system lock on {@code jaga.lock}, held while Jaga (or a
 * CLI command) has the database open. The system releases it when the process ends in any way,
 * even a kill -9 or a power cut, so a stale lock file never blocks anyone. The file stays empty:
 * Jaga only locks it (earlier versions wrote their process id into it, through a link if it was one).
 */
final class WriterLock implements AutoCloseable {
    static final String FILE = "jaga.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the folder for this process. The lock file is opened without following a link
     * (O_NOFOLLOW) and is never written: it holds nothing, so even a lock file that is a second
     * name of another file could not have that file changed. A link, or a file with a second name,
     * is refused by name all the same: it is not Jaga's.
     */
    static WriterLock acquire(DataDirectory dataDirectory) {
        Path root = dataDirectory.root();
        Path file = root.resolve(FILE);
        if (Files.isSymbolicLink(file)) {
            throw DataDirectory.linked(root, file);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw DataDirectory.linked(root, file); // made a link since the check above
            }
            throw new ProgressException.DataDirectoryUnusable("progress.folderNotWritable", "Cannot use the data folder "
                    + root + ": Jaga cannot write there (" + e.getMessage() + ").");
        }
        try {
            if (!DataDirectory.ownAttributes(file).isRegularFile()) {
                closeQuietly(channel);
                throw new ProgressException.DataDirectoryUnusable("Cannot use the data folder " + root + ": " + file
                        + " is not a file. Move it somewhere else and open Jaga again; nothing was changed.");
            }
            if (links(file) > 1) {
                closeQuietly(channel);
                throw DataDirectory.sharedName(root, file);
            }
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(dataDirectory, channel);
            }
            return new WriterLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw alreadyOpen(dataDirectory, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProgressException.DataDirectoryUnusable("Cannot use the data folder " + root
                    + ": Jaga cannot lock it for writing (" + e.getMessage() + ").");
        }
    }

    /** How many names the file has; 1 where the system does not say (Windows). */
    private static int links(Path file) throws IOException {
        try {
            Object count = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return count instanceof Integer n ? n : 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static ProgressException.AlreadyOpen alreadyOpen(DataDirectory dataDirectory, FileChannel channel) {
        closeQuietly(channel);
        return new ProgressException.AlreadyOpen("Jaga is already open (data folder " + dataDirectory.root()
                + "). Close the other Jaga window or wait for the other command to finish, then try again;"
                + " nothing was changed.");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock result is what the caller needs
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        } finally {
            closeQuietly(channel);
        }
    }
}
