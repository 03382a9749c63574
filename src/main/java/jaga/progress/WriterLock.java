package jaga.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per data folder: an operating-system lock on {@code jaga.lock}, held while Jaga (or a
 * CLI command) has the database open. The system releases it when the process ends in any way,
 * even a kill -9 or a power cut, so a stale lock file never blocks anyone.
 */
final class WriterLock implements AutoCloseable {
    static final String FILE = "jaga.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WriterLock acquire(DataDirectory dataDirectory) {
        Path file = dataDirectory.root().resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ProgressException.DataDirectoryUnusable("Cannot use the data folder " + dataDirectory.root()
                    + ": Jaga cannot write there (" + e.getMessage() + ").");
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(dataDirectory, channel);
            }
            // For whoever looks at the folder: which process holds it. Only informative.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new WriterLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw alreadyOpen(dataDirectory, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProgressException.DataDirectoryUnusable("Cannot use the data folder " + dataDirectory.root()
                    + ": Jaga cannot lock it for writing (" + e.getMessage() + ").");
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
