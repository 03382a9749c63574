package jaga.progress;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A family's data rights: export one learner or everything to JSON (docs/data-format.md), and
 * import such a file, merging by learner so that importing the same file twice adds nothing.
 * The work is done by {@link ProgressExporter}, {@link ExportReader} and {@link ProgressImporter};
 * this class is what the rest of Jaga calls, with the limits and the answers they give.
 */
public final class DataTransfer {
    /**
     * The limits of a file Jaga imports (docs/data-format.md, "Limits"), checked as the file is read
     * and before it is read whole: a file from elsewhere is never trusted to be small or well made.
     */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Lists within lists: an export is at most 7 deep (an answer in an attempt of a learner). */
    public static final int MAX_DEPTH = 10;
    /** Entries in any one list (the outside tester tried 50,000 learners: that still imports). */
    public static final int MAX_LIST = 100_000;
    /** Values in the whole file: a school of 1,000 learners who each gave 360 quiz answers has about 3 million. */
    public static final long MAX_VALUES = 5_000_000;
    /** Characters in any one text; a name has at most {@link Names#MAX_LENGTH}, an id at most 200. */
    public static final int MAX_TEXT = 10_000;
    /** Characters of a number as written. */
    public static final int MAX_NUMBER = 30;
    /** Characters of a field name: a learner's setting is named by its key, as long as an id may be. */
    public static final int MAX_NAME = ExportCheck.MAX_ID;

    private final Database database;

    public DataTransfer(Database database) {
        this.database = database;
    }

    /** One learner and everything of theirs. */
    public ProgressExport exportLearner(long learnerId) {
        return new ProgressExporter(database).exportLearner(learnerId);
    }

    /**
     * Every learner, class and adult setting: the file to move Jaga to a new computer. The adult
     * PIN's and recovery code's hashes and the PIN's lock stay here ({@link PinSettings#isPinSetting}).
     */
    public ProgressExport exportEverything() {
        return new ProgressExporter(database).exportEverything();
    }

    /**
     * Writes the export to {@code out}, which must not exist yet: the file appears whole or not
     * at all (written beside it, then moved into place).
     */
    public static void write(ProgressExport export, Path out) {
        ProgressExporter.write(export, out, false);
    }

    /**
     * Writes the export to {@code out}, whole or not at all; with {@code replace} an existing file
     * there (one the adult chose to replace in a save dialog) is replaced in the same move.
     */
    public static void write(ProgressExport export, Path out, boolean replace) {
        ProgressExporter.write(export, out, replace);
    }

    /** Reads an export, or throws {@link ProgressException.UnusableFile} saying in one sentence why it cannot be. */
    public static ProgressExport read(Path file) {
        Reading reading = open(file);
        if (reading instanceof Reading.Refused refused) {
            throw new ProgressException.UnusableFile(refused.messageKey(), refused.sentence(file), refused.cause());
        }
        return ((Reading.Readable) reading).export();
    }

    /** Why a file cannot be imported, in words an adult can act on (the page says them in both languages). */
    public enum Refusal {
        /** Not a Jaga export at all: another program's file, a photo, a document. */
        NOT_AN_EXPORT,
        /** A Jaga export that is cut short, changed by hand or otherwise broken. */
        DAMAGED,
        /** Made by a newer Jaga, in a format this one does not know yet. */
        NEWER,
        /** The file could not be read: gone, no permission, a disk error. */
        UNREADABLE
    }

    /** What reading a file gave: an export to import, or why not. */
    public sealed interface Reading {
        record Readable(ProgressExport export) implements Reading {}

        /** @param detail what exactly was wrong, in English, for the log or the command line */
        record Refused(Refusal reason, String detail, Exception cause) implements Reading {
            /** The screens' key for the refusal, after {@code problem.}. */
            String messageKey() {
                return switch (reason) {
                    case NOT_AN_EXPORT -> "file.notAnExport";
                    case DAMAGED -> "file.damagedExport";
                    case NEWER -> "file.newerExport";
                    case UNREADABLE -> "file.unreadable";
                };
            }

            /** The command line's one sentence. */
            String sentence(Path file) {
                return switch (reason) {
                    case NOT_AN_EXPORT -> "The file " + file + " is not a Jaga export (" + detail + "). Nothing was imported.";
                    case DAMAGED -> "The file " + file + " is a damaged Jaga export (" + detail + "). Nothing was imported.";
                    case NEWER -> "The file " + file + " was exported by a newer version of Jaga (" + detail
                            + "). Update Jaga to import it; nothing was imported.";
                    case UNREADABLE -> "Could not read " + file + ": " + detail + ". Nothing was imported.";
                };
            }
        }
    }

    /**
     * Reads an export file: first a reading that keeps nothing ({@link ExportFile}: size, UTF-8,
     * every limit, and whether it says it is an export and of which version), then the records,
     * read as strictly as they are written, and every value checked ({@link ExportCheck}). Never
     * throws for a bad file: each thing wrong is said exactly, never in Java's words.
     */
    public static Reading open(Path file) {
        return ExportReader.open(file);
    }

    /** The files in a folder to import, and how many other files were left alone. */
    public record Folder(List<Path> exports, int otherFiles) {
        public Folder {
            exports = List.copyOf(exports);
        }
    }

    /**
     * The export files in a folder (a USB stick of PC01.jaga-progress ... PC35.jaga-progress):
     * files ending in .jaga-progress or .json, by name; sub-folders and hidden files (such as the
     * "._" copies macOS leaves on USB sticks) are not looked in or counted as exports.
     */
    public static Folder exportsIn(Path folder) {
        return ExportReader.exportsIn(folder);
    }

    static String plain(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /**
     * Merges the export into this database in one transaction (all or nothing). Learners are
     * matched by their uid, quiz attempts by theirs; anything already here is kept, so importing
     * the same file again adds nothing.
     */
    public ImportSummary importData(ProgressExport export) {
        return importData(export, () -> false);
    }

    /**
     * As {@link #importData(ProgressExport)}, stopping if {@code cancelled} says so: then
     * {@link ImportCancelled} is thrown and the transaction rolled back, so nothing of the file is kept.
     */
    public ImportSummary importData(ProgressExport export, BooleanSupplier cancelled) {
        // Checked here too, not only when a file is read: whatever the records came from, nothing
        // unchecked is stored (a bad time once imported broke `jaga learners` on that folder).
        ProgressExport checked;
        try {
            checked = ExportCheck.check(export);
        } catch (ExportCheck.Invalid e) {
            throw new ProgressException.UnusableFile("file.damagedExport", "The export is damaged (" + e.getMessage() + "); nothing was imported.",
                    null);
        }
        return ProgressImporter.importChecked(database, checked, cancelled);
    }

    /** An import stopped by the adult; its transaction was rolled back. */
    public static final class ImportCancelled extends ProgressException {
        private static final long serialVersionUID = 1L;

        public ImportCancelled() {
            super("progress.importCancelled", "The import was cancelled; nothing from the file was saved.", null);
        }
    }

    /** What an import changed: new learners, learners merged into existing ones, and new records. */
    public record ImportSummary(int learnersAdded, int learnersMerged, int classesAdded, int lessonPlacesAdded,
                                int chatChoicesAdded, int attemptsAdded, int answersAdded, int badgesAdded,
                                int reviewItemsAdded, int settingsAdded) {
        public int recordsAdded() {
            return learnersAdded + classesAdded + lessonPlacesAdded + chatChoicesAdded + attemptsAdded + answersAdded
                    + badgesAdded + reviewItemsAdded + settingsAdded;
        }
    }
}
