package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jaga.model.Band;
import jaga.model.Explained;
import jaga.model.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems from progress and content reach people by key: each key has words in English and in
 * Bahasa Melayu, and real failures carry the key for what went wrong and no file path in their
 * arguments, while the English message (for the log and the command line) still names the file.
 */
class ProblemKeysTest {
    private static final Pattern KEY = Pattern.compile("\"((?:progress|file|hub|content)\\.[a-z][A-Za-z]*)\"");

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyKeyTheProgressAndContentLayersUseHasWordsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java/jaga/progress")),
                Files.walk(Path.of("src/main/java/jaga/content")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(source));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        assertThat(keys).contains(ProgressException.FAILED, "file.exists", "hub.unreachable", "content.moduleNotLoaded");
        for (String bundle : new String[] {"messages.properties", "messages_ms.properties"}) {
            Properties texts = bundle(bundle);
            assertThat(keys).as(bundle).allSatisfy(key -> assertThat(texts.getProperty("problem." + key))
                    .as(bundle + ": problem." + key).isNotBlank());
        }
    }

    @Test
    void aProgressFileThatIsAFolderSaysSoByKey() throws IOException {
        Files.createDirectories(folder.resolve("jaga.db"));

        ProgressException problem = catchThrowableOfType(ProgressException.class,
                () -> Database.open(DataDirectory.prepare(folder), clock));

        assertExplained(problem, "progress.folderUnusable");
    }

    @Test
    void aLinkAmongJagasFilesSaysSoByKey() throws IOException {
        Path elsewhere = Files.writeString(Files.createDirectories(folder.resolve("elsewhere")).resolve("notes.txt"), "x");
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.createSymbolicLink(data.resolve("jaga.db"), elsewhere);

        ProgressException problem = catchThrowableOfType(ProgressException.class,
                () -> Database.open(DataDirectory.prepare(data), clock));

        assertExplained(problem, "progress.folderLinked");
        assertThat(problem.getMessage()).contains(data.toString());
    }

    @Test
    void aDamagedProgressFileSaysSoByKey() throws IOException {
        Files.writeString(folder.resolve("jaga.db"), "rice, eggs, ".repeat(500));

        ProgressException problem = catchThrowableOfType(ProgressException.class,
                () -> Database.open(DataDirectory.prepare(folder), clock));

        assertExplained(problem, "progress.damaged");
    }

    @Test
    void filesThatCannotBeUsedSayWhyByKey() throws IOException {
        Path notAnExport = Files.writeString(folder.resolve("notes.json"), "{\"shopping\": [\"rice\"]}");
        Path newer = Files.writeString(folder.resolve("PC02.jaga-progress"),
                "{\"format\":\"jaga-progress\",\"formatVersion\":" + (ProgressExport.FORMAT_VERSION + 1) + "}");
        Path taken = Files.writeString(folder.resolve("aina.jaga-progress"), "someone's file");

        assertExplained(catchThrowableOfType(ProgressException.class, () -> DataTransfer.read(notAnExport)),
                "file.notAnExport");
        assertExplained(catchThrowableOfType(ProgressException.class, () -> DataTransfer.read(newer)), "file.newerExport");
        assertExplained(catchThrowableOfType(ProgressException.class, () -> DataTransfer.read(folder.resolve("gone.json"))),
                "file.unreadable");
        try (Database database = Database.open(DataDirectory.prepare(folder.resolve("data")), clock)) {
            new LearnerRepository(database).create("Aina", "owl", Band.AGES_10_12, Language.MS);
            ProgressExport export = new DataTransfer(database).exportEverything();
            assertExplained(catchThrowableOfType(ProgressException.class, () -> DataTransfer.write(export, taken)),
                    "file.exists");
        }
    }

    private void assertExplained(ProgressException problem, String key) {
        assertThat(problem).as("a failure with key " + key).isNotNull();
        Explained explained = problem;
        assertThat(explained.messageKey()).isEqualTo(key);
        assertThat(explained.messageArguments()).noneMatch(argument -> argument.contains(folder.toString())
                || argument.contains("/") || argument.contains("\\"));
        assertThat(problem.getMessage()).as("the English message for the log and the command line").isNotBlank();
    }

    private static Properties bundle(String name) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/jaga/i18n", name), StandardCharsets.ISO_8859_1)) {
            texts.load(in);
        }
        return texts;
    }
}
