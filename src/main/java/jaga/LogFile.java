package jaga;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Jaga's log as a file in the data folder, so a packaged app's log is there to read after the
 * window closed: {@code logs/jaga-0.log}, the newest, then {@code jaga-1.log} and {@code jaga-2.log};
 * each at most 1 MB, the oldest dropped. Records at INFO and above (conditions of ordinary use as
 * a line, faults with their stack trace), from Jaga and the libraries it uses (slf4j goes to
 * java.util.logging). Set up by the composition root as soon as the data folder is known.
 * Nothing secret is logged (SecretsStayOutOfLogsTest reads this file too). Like every file of
 * Jaga's own in the data folder, the log is never written through a link: a {@code logs} folder or
 * log file that is a link leaves Jaga without a log file (said on the console) rather than writing
 * where the link points. See docs/decisions/0017-log-once-to-a-rotating-file.md.
 */
public final class LogFile {
    /** The folder in the data folder. */
    public static final String FOLDER = "logs";
    /** Each file's size limit in bytes. */
    static final int LIMIT = 1_000_000;
    /** How many files are kept: the one being written and the older ones. */
    static final int GENERATIONS = 3;

    private static final Logger LOG = Logger.getLogger(LogFile.class.getName());
    private static FileHandler installed;
    private static Path installedIn;

    private LogFile() {}

    /** The newest log file for a data folder. */
    public static Path current(Path dataRoot) {
        return dataRoot.resolve(FOLDER).resolve("jaga-0.log");
    }

    /**
     * Sends the log to {@code logs/} in this data folder from now on (for the same folder again:
     * nothing changes). Jaga runs on without a log file when the folder cannot hold one.
     */
    public static void install(Path dataRoot) {
        install(dataRoot, LIMIT);
    }

    /** As {@link #install(Path)}, each file at most {@code limit} bytes (tests make it small). */
    static synchronized void install(Path dataRoot, int limit) {
        Path folder = dataRoot.resolve(FOLDER);
        if (installed != null && folder.equals(installedIn)) {
            return;
        }
        uninstall();
        try {
            refuseLinks(folder);
            Files.createDirectories(folder);
            refuseLinks(folder);
            FileHandler handler = new FileHandler(folder.resolve("jaga-%g.log").toString(), limit, GENERATIONS, true);
            handler.setEncoding("UTF-8");
            handler.setLevel(Level.INFO);
            handler.setFormatter(new OneLine());
            Logger.getLogger("").addHandler(handler);
            installed = handler;
            installedIn = folder;
            LOG.info("log opened for the data folder " + dataRoot + " (Java " + Runtime.version() + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.version") + ")");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Jaga keeps no log file this time (" + e.getMessage() + ")");
        }
    }

    /** Stops writing the file and lets go of it (Jaga closing; a test done with its data folder). */
    public static synchronized void uninstall() {
        if (installed != null) {
            Logger.getLogger("").removeHandler(installed);
            installed.close();
            installed = null;
            installedIn = null;
        }
    }

    private static void refuseLinks(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new IOException(folder + " is a link; Jaga writes through no links in its data folder");
        }
        for (int generation = 0; generation < GENERATIONS; generation++) {
            for (String name : new String[] {"jaga-" + generation + ".log", "jaga-" + generation + ".log.lck"}) {
                Path file = folder.resolve(name);
                if (Files.isSymbolicLink(file) || hasSecondName(file)) {
                    throw new IOException(file + " is a link; Jaga writes through no links in its data folder");
                }
            }
        }
    }

    /** A hard link: the same file under another name elsewhere. */
    private static boolean hasSecondName(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return links instanceof Integer count && count > 1;
        } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
            return false;
        }
    }

    /** {@code 2026-12-06 12:01:02 +0800 WARNING jaga.ui.common.Tasks: quiz: ...} and a stack trace when there is one. */
    static final class OneLine extends Formatter {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(WHEN.format(ZonedDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())))
                    .append(' ').append(record.getLevel().getName())
                    .append(' ').append(record.getLoggerName())
                    .append(": ").append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
