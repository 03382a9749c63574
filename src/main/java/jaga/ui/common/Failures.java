package jaga.ui.common;

import jaga.learning.Roster;
import jaga.learning.RosterImport;
import jaga.learning.report.ExportCancelled;
import jaga.progress.DataTransfer;
import jaga.progress.ProgressException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Telling the conditions of ordinary use (Jaga already open on this folder, a data folder that is
 * read-only or full, a file that is not a class list, an export the adult cancelled) from faults, so
 * the log keeps stack traces for faults (a damaged progress file keeps its SQLite cause).
 * Each is logged once, where it is handled.
 */
public final class Failures {
    private Failures() {}

    /** A condition of ordinary use that the screen explains in words: not a fault in Jaga. */
    public static boolean isNormal(Throwable failure) {
        return failure instanceof ProgressException.AlreadyOpen
                || failure instanceof ProgressException.TooNew
                || failure instanceof ProgressException.DataDirectoryUnusable
                || failure instanceof ProgressException.UnusableFile
                || failure instanceof Roster.Refused
                || failure instanceof RosterImport.HasProblems
                || failure instanceof ExportCancelled
                || failure instanceof DataTransfer.ImportCancelled;
    }

    /** Work that stopped because the person cancelled it (an export, adding files): not a failure. */
    public static boolean isCancellation(Throwable failure) {
        return failure instanceof ExportCancelled
                || failure instanceof DataTransfer.ImportCancelled
                || failure instanceof java.util.concurrent.CancellationException;
    }

    /** A normal condition as one INFO line, anything else as a WARNING with its stack trace. */
    public static void log(Logger log, String where, Throwable failure) {
        if (isNormal(failure)) {
            log.info(where + ": " + failure.getMessage());
        } else {
            log.log(Level.WARNING, where + ": " + failure.getMessage(), failure);
        }
    }
}
