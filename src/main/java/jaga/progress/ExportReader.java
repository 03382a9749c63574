package jaga.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jaga.progress.DataTransfer.Folder;
import jaga.progress.DataTransfer.Reading;
import jaga.progress.DataTransfer.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads export files as a stranger's files are read: never trusted to be small or well made, every
 * limit and value checked before anything of them is used, and each refusal said exactly.
 */
final class ExportReader {
    /** Reads as strictly as the format is written: no unknown fields, no "4" for 4, no 1.5 for a whole number. */
    private static final ObjectMapper READER = com.fasterxml.jackson.databind.json.JsonMapper.builder(ExportFile.factory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ExportReader() {}

    /**
     * Reads an export file. First a reading that keeps nothing ({@link ExportFile}): the size, UTF-8,
     * and every limit, each found with its place; there it also learns whether the file says it is an
     * export and of which version (so a newer file is called newer, not broken). Then the records,
     * read as strictly as they are written, and every value checked ({@link ExportCheck}). Never
     * throws for a bad file: each thing wrong is said exactly, never in Java's words.
     */
    static Reading open(Path file) {
        ExportFile.Scan scan;
        try {
            scan = ExportFile.scan(file);
        } catch (IOException e) {
            return new Reading.Refused(Refusal.UNREADABLE, DataTransfer.plain(e), e);
        }
        ExportFile.Problem problem = scan.problem();
        boolean named = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(ProgressExport.FILE_EXTENSION);
        if (scan.format() == null) {
            boolean claimsToBeOne = named || startsLikeAnExport(file);
            if (problem != null) {
                String detail = problem.kind() == ExportFile.Kind.NOT_JSON
                        ? (claimsToBeOne ? "it is cut short or changed: " : "it is not a JSON file: ") + problem.detail()
                        : problem.detail();
                return new Reading.Refused(claimsToBeOne ? Refusal.DAMAGED : Refusal.NOT_AN_EXPORT, detail, null);
            }
            return new Reading.Refused(named && scan.empty() ? Refusal.DAMAGED : Refusal.NOT_AN_EXPORT,
                    "it does not say \"format\": \"" + ProgressExport.FORMAT + "\"", null);
        }
        if (!ProgressExport.FORMAT.equals(scan.format())) {
            return new Reading.Refused(Refusal.NOT_AN_EXPORT,
                    "it does not say \"format\": \"" + ProgressExport.FORMAT + "\"", null);
        }
        Integer version = versionNumber(scan);
        if (version == null) {
            return new Reading.Refused(Refusal.DAMAGED, problem != null && scan.versionToken() == null
                    ? damagedDetail(problem) : "its formatVersion is not a version number", null);
        }
        if (version > ProgressExport.FORMAT_VERSION) {
            return new Reading.Refused(Refusal.NEWER, "format version " + version + ", this Jaga reads up to "
                    + ProgressExport.FORMAT_VERSION, null);
        }
        if (problem != null) {
            return new Reading.Refused(Refusal.DAMAGED, damagedDetail(problem), null);
        }
        ProgressExport export;
        try {
            export = READER.readValue(file.toFile(), ProgressExport.class);
        } catch (JsonProcessingException e) {
            return new Reading.Refused(Refusal.DAMAGED, ExportErrors.describe(e, file), e);
        } catch (IOException e) {
            return new Reading.Refused(Refusal.UNREADABLE, DataTransfer.plain(e), e);
        }
        try {
            return new Reading.Readable(ExportCheck.check(export));
        } catch (ExportCheck.Invalid e) {
            return new Reading.Refused(Refusal.DAMAGED, e.getMessage(), null);
        }
    }

    private static String damagedDetail(ExportFile.Problem problem) {
        return problem.kind() == ExportFile.Kind.NOT_JSON ? "it is cut short or changed: " + problem.detail() : problem.detail();
    }

    /** The formatVersion if it is a whole number from 1, else null. */
    private static Integer versionNumber(ExportFile.Scan scan) {
        if (scan.versionToken() != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
            return null;
        }
        try {
            int version = Integer.parseInt(scan.versionText());
            return version >= 1 ? version : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the file's first few kilobytes name the export format (it was one, now cut short). */
    private static boolean startsLikeAnExport(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("\"" + ProgressExport.FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The export files in a folder (a USB stick of PC01.jaga-progress ... PC35.jaga-progress):
     * files ending in .jaga-progress or .json, by name; sub-folders and hidden files (such as the
     * "._" copies macOS leaves on USB sticks) are not looked in or counted as exports.
     */
    static Folder exportsIn(Path folder) {
        List<Path> exports = new ArrayList<>();
        int others = 0;
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted(java.util.Comparator.comparing(p -> p.getFileName().toString(),
                    String.CASE_INSENSITIVE_ORDER)).toList()) {
                String name = entry.getFileName().toString();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (!Files.isRegularFile(entry)) {
                    continue;
                }
                if (!name.startsWith(".") && (lower.endsWith(ProgressExport.FILE_EXTENSION) || lower.endsWith(".json"))) {
                    exports.add(entry);
                } else {
                    others++;
                }
            }
        } catch (IOException e) {
            throw new ProgressException.UnusableFile("file.folderUnreadable", "Could not look in the folder " + folder + ": " + DataTransfer.plain(e) + ".", e);
        }
        return new Folder(exports, others);
    }
}
