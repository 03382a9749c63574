package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jaga.model.Band;
import jaga.model.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An export is a file from elsewhere: every value in it is checked before anything is written, and
 * each thing wrong is named exactly (where, and what), never in Java's words. The outside tester's
 * cases: a malformed time that imported and then broke `jaga learners`; a 1,001-digit number; null
 * in a list; huge lists that ran out of memory; a file in UTF-16; names that only look alike.
 */
class ExportValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private Database database;
    private String valid;

    /** A learner export with one of everything, as Jaga writes it. */
    @BeforeEach
    void anExportOfEveryKindOfRecord() throws Exception {
        database = Database.open(DataDirectory.prepare(folder.resolve("data")), clock);
        long aina = new LearnerRepository(database).create("Aina", "owl", Band.AGES_10_12, Language.MS).id();
        ClassRepository classes = new ClassRepository(database);
        classes.addMember(classes.create("5 Bestari").id(), aina);
        new LessonProgressRepository(database).stepReached(aina, "grooming-10-12", 2, "signs", 4);
        new ChatChoiceRepository(database).recordChoice(aina, "grooming-10-12", 2, "signs", "chat-1", "tell-adult");
        QuizRepository quizzes = new QuizRepository(database);
        long attempt = quizzes.startAttempt(aina, "grooming-10-12", 2);
        quizzes.recordAnswer(attempt, "q1", "b", 0.0, 5_300L);
        quizzes.finishAttempt(attempt, 50, false);
        new BadgeRepository(database).award(aina, "first-steps", "grooming-10-12");
        new ReviewRepository(database).schedule(aina, "grooming-10-12", "q1", 2, LocalDate.parse("2026-11-25"));
        Path file = folder.resolve("aina.jaga-progress");
        DataTransfer.write(new DataTransfer(database).exportLearner(aina), file);
        valid = Files.readString(file);
        new LearnerRepository(database).delete(aina);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path changed(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(valid);
        change.accept(root);
        return Files.writeString(folder.resolve("changed.jaga-progress"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(root));
    }

    private static ObjectNode learner(ObjectNode root) {
        return (ObjectNode) root.get("learners").get(0);
    }

    private static ObjectNode first(ObjectNode root, String list) {
        return (ObjectNode) learner(root).get(list).get(0);
    }

    private static DataTransfer.Reading.Refused refused(Path file) {
        DataTransfer.Reading reading = DataTransfer.open(file);
        assertThat(reading).isInstanceOf(DataTransfer.Reading.Refused.class);
        return (DataTransfer.Reading.Refused) reading;
    }

    /** A readable file: imported, and nothing of the refused ones got in. */
    @Test
    void theExportAsJagaWritesItPassesEveryCheckAndImports() throws Exception {
        DataTransfer.Reading reading = DataTransfer.open(changed(root -> { }));
        assertThat(reading).isInstanceOf(DataTransfer.Reading.Readable.class);
        new DataTransfer(database).importData(((DataTransfer.Reading.Readable) reading).export());
        assertThat(new LearnerRepository(database).profiles()).extracting(LearnerRepository.LearnerProfile::displayName)
                .containsExactly("Aina");
    }

    record Bad(String what, Consumer<ObjectNode> change, String detail) {
        @Override
        public String toString() {
            return what;
        }
    }

    static List<Arguments> badValues() {
        return List.of(
                bad("a malformed time (the tester's: `jaga learners` then died)", r -> learner(r).put("createdAt", "yesterday"),
                        "learners[0].createdAt: 'yesterday' is not a time like 2026-11-22T08:21:04.512Z"),
                bad("a time cut short", r -> first(r, "quizAttempts").put("startedAt", "2026-1"),
                        "learners[0].quizAttempts[0].startedAt: '2026-1' is not a time like 2026-11-22T08:21:04.512Z"),
                bad("a date that is not one", r -> first(r, "reviewItems").put("dueOn", "2026-02-30"),
                        "learners[0].reviewItems[0].dueOn: '2026-02-30' is not a date like 2026-11-25"),
                bad("a score over 100", r -> first(r, "quizAttempts").put("scorePercent", 150),
                        "learners[0].quizAttempts[0].scorePercent: 150 is not from 0 to 100"),
                bad("credit over 1", r -> ((ObjectNode) first(r, "quizAttempts").get("answers").get(0)).put("credit", 2.5),
                        "learners[0].quizAttempts[0].answers[0].credit: 2.5 is not from 0 to 1"),
                bad("a review box of 9", r -> first(r, "reviewItems").put("box", 9),
                        "learners[0].reviewItems[0].box: 9 is not from 1 to 5"),
                bad("a negative step", r -> first(r, "lessons").put("stepIndex", -1),
                        "learners[0].lessons[0].stepIndex: -1 is not from 0 to 10000"),
                bad("a step as a fraction", r -> first(r, "lessons").put("stepIndex", 1.5),
                        "learners[0].lessons[0].stepIndex: 1.5 is not a whole number"),
                bad("a number too large for its field", r -> first(r, "lessons").put("contentVersion", 3_000_000_000L),
                        "learners[0].lessons[0].contentVersion: 3000000000 is too large a number here"),
                bad("an unknown band", r -> learner(r).put("band", "adults"),
                        "learners[0].band: 'adults' is not one of 7-9, 10-12, 13-17"),
                bad("an unknown language", r -> learner(r).put("locale", "fr"),
                        "learners[0].locale: 'fr' is not one of en, ms"),
                bad("a name longer than a name", r -> learner(r).put("displayName", "A".repeat(61)),
                        "learners[0].displayName: a name of 61 characters; names have at most 60"),
                bad("a name with a line break", r -> learner(r).put("displayName", "Ai\nna"),
                        "learners[0].displayName: a name cannot have a line break or control character"),
                bad("a name of nothing visible", r -> learner(r).put("displayName", "\u200B\u202E"),
                        "learners[0].displayName: the name is empty"),
                bad("a class name too long", r -> ((ArrayNode) learner(r).get("classes")).set(0, "K".repeat(61)),
                        "learners[0].classes[0]: a name of 61 characters; names have at most 60"),
                bad("a uid with a space", r -> learner(r).put("uid", "not a uid"),
                        "learners[0].uid: 'not a uid' is not an id (letters, digits, '-' and '_', at most 64)"),
                bad("an id with a line break", r -> first(r, "lessons").put("lessonId", "si\ngns"),
                        "learners[0].lessons[0].lessonId: an id cannot be empty or have spaces at its ends or control characters"),
                bad("a missing time that is needed", r -> first(r, "chatChoices").putNull("chosenAt"),
                        "learners[0].chatChoices[0].chosenAt: missing"),
                bad("a text as a number", r -> first(r, "lessons").put("stepIndex", "4"),
                        "learners[0].lessons[0].stepIndex: '4' is not a whole number"),
                bad("true in quotes", r -> learner(r).put("archived", "true"),
                        "learners[0].archived: 'true' is not true or false"));
    }

    private static Arguments bad(String what, Consumer<ObjectNode> change, String detail) {
        return Arguments.of(new Bad(what, change, detail));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void eachBadValueIsRefusedByNameAndPlaceAndNothingIsImported(Bad bad) throws Exception {
        Path file = changed(bad.change());

        DataTransfer.Reading.Refused refused = refused(file);

        assertThat(refused.reason()).isEqualTo(DataTransfer.Refusal.DAMAGED);
        assertThat(refused.detail()).isEqualTo(bad.detail());
        assertThatThrownBy(() -> DataTransfer.read(file)).isInstanceOf(ProgressException.UnusableFile.class)
                .hasMessage("The file " + file + " is a damaged Jaga export (" + bad.detail() + "). Nothing was imported.");
    }

    /** The same checks when an export comes in as records (the school benchmark, and any caller of importData). */
    @Test
    void importDataChecksTheRecordsItIsGivenToo() throws Exception {
        ProgressExport export = ((DataTransfer.Reading.Readable) DataTransfer.open(changed(r -> { }))).export();
        ProgressExport.LearnerData aina = export.learners().get(0);
        ProgressExport poisoned = new ProgressExport(export.format(), export.formatVersion(), export.exportedAt(),
                export.schemaVersion(), List.of(new ProgressExport.LearnerData(aina.uid(), aina.displayName(), aina.avatar(),
                aina.band(), aina.locale(), "2026-13-45", aina.archived(), aina.classes(), aina.modules(), aina.lessons(),
                aina.chatChoices(), aina.quizAttempts(), aina.badges(), aina.reviewItems())), export.classes(), null);

        assertThatThrownBy(() -> new DataTransfer(database).importData(poisoned))
                .isInstanceOf(ProgressException.UnusableFile.class)
                .hasMessage("The export is damaged (learners[0].createdAt: '2026-13-45' is not a time like"
                        + " 2026-11-22T08:21:04.512Z); nothing was imported.");
        assertThat(new LearnerRepository(database).profiles()).isEmpty();
    }

    @Test
    void timesAreStoredInJagasOwnFormSoTheySortAsText() throws Exception {
        Path file = changed(r -> {
            learner(r).put("createdAt", "2026-11-01T07:30:00Z");
            first(r, "lessons").put("updatedAt", "2026-11-02T07:30:00.5Z");
        });
        ProgressExport export = ((DataTransfer.Reading.Readable) DataTransfer.open(file)).export();

        assertThat(export.learners().get(0).createdAt()).isEqualTo("2026-11-01T07:30:00.000Z");
        assertThat(export.learners().get(0).lessons().get(0).updatedAt()).isEqualTo("2026-11-02T07:30:00.500Z");
    }

    /** The tester's six look-alike "Aina"s, as six learners in one export: one name, stored clean. */
    @Test
    void namesFromAFileAreStoredCleaned() throws Exception {
        Path file = changed(r -> {
            learner(r).put("displayName", "A\u200Bi\u202Ena\u202C");
            ((ArrayNode) learner(r).get("classes")).set(0, "5\u00A0Bestari\u2069");
        });
        new DataTransfer(database).importData(DataTransfer.read(file));

        assertThat(new LearnerRepository(database).profiles()).extracting(LearnerRepository.LearnerProfile::displayName)
                .containsExactly("Aina");
        assertThat(new ClassRepository(database).classes()).extracting(ClassRepository.SchoolClass::name)
                .containsExactly("5 Bestari");
    }

    // ------------------------------------------------------------------ the file itself

    /** The tester's case: Jackson's "Number value length (1001) exceeds the maximum allowed". */
    @Test
    void aThousandAndOneDigitNumberIsNamedWithItsPlace() throws Exception {
        Path file = Files.writeString(folder.resolve("digits.jaga-progress"), valid.replaceFirst("\"stepIndex\" : 4",
                "\"stepIndex\" : " + "9".repeat(1001)));

        assertThat(refused(file).detail()).startsWith("a number 1001 digits long at learners[0].lessons[0].stepIndex"
                + " (line ").endsWith("); numbers have at most 30 characters");
    }

    /** The tester's case: null in a list gave "Cannot construct instance of ..." or a NullPointerException. */
    @Test
    void nullInAListIsNamedWithItsPlace() throws Exception {
        Path file = changed(r -> ((ArrayNode) learner(r).get("quizAttempts")).addNull());

        assertThat(refused(file).detail()).startsWith("null in a list at learners[0].quizAttempts[1] (line ")
                .doesNotContain("jaga.", "java.", "Cannot construct");
        Path nullLearner = changed(r -> ((ArrayNode) r.get("learners")).insertNull(0));
        assertThat(refused(nullLearner).detail()).startsWith("null in a list at learners[0] (line ");
    }

    /** The tester's case: a list so long that reading it whole ran out of memory, with a stack trace. */
    @Test
    void listsAreCountedBeforeTheyAreReadWhole() throws Exception {
        StringBuilder many = new StringBuilder("{\"format\":\"jaga-progress\",\"formatVersion\":2,\"learners\":[");
        for (int i = 0; i <= DataTransfer.MAX_LIST; i++) {
            many.append(i == 0 ? "{}" : ",{}");
        }
        Path file = Files.writeString(folder.resolve("many.jaga-progress"), many.append("]}"));

        assertThat(refused(file).detail()).startsWith("the list at learners has more than 100,000 entries (line 1, column ")
                .endsWith("); an export's lists have at most 100,000");

        StringBuilder values = new StringBuilder("{\"format\":\"jaga-progress\",\"formatVersion\":2,\"learners\":[");
        for (int learner = 0; learner < 60; learner++) {
            values.append(learner == 0 ? "" : ",").append("{\"classes\":[");
            for (int i = 0; i < 90_000; i++) {
                values.append(i == 0 ? "0" : ",0");
            }
            values.append("]}");
        }
        Path wide = Files.writeString(folder.resolve("wide.jaga-progress"), values.append("]}"));
        assertThat(refused(wide).detail()).startsWith("more than 5,000,000 values in all (at learners[55].classes[")
                .endsWith("); an export has at most 5,000,000");
    }

    /** The tester's case: a UTF-16 file without a byte order mark was read as an export. */
    @Test
    void utf16WithoutAByteOrderMarkIsRefusedAsNotUtf8() throws Exception {
        Path file = Files.write(folder.resolve("utf16.jaga-progress"), valid.getBytes(StandardCharsets.UTF_16LE));

        DataTransfer.Reading.Refused refused = refused(file);

        assertThat(refused.reason()).isEqualTo(DataTransfer.Refusal.DAMAGED);
        assertThat(refused.detail()).isEqualTo("it is not UTF-8 text (byte 1 is 0x00, as in UTF-16); Jaga writes"
                + " exports in UTF-8");
    }

    @Test
    void aTextLongerThanAnyValueIsRefusedBeforeItIsRead() throws Exception {
        Path file = changed(r -> learner(r).put("displayName", "Aina ".repeat(20_000)));

        assertThat(refused(file).detail()).startsWith("a text of more than 10,000 characters at learners[0].displayName"
                + " (line ");
    }

    @Test
    void aNameGivenTwiceAndNestingDeeperThanTheFormatAreRefused() throws Exception {
        Path twice = Files.writeString(folder.resolve("twice.jaga-progress"), valid.replaceFirst("\"band\" :",
                "\"band\" : \"7-9\", \"band\" :"));
        assertThat(refused(twice).detail()).startsWith("'band' is given twice at learners[0] (line ");

        Path deep = Files.writeString(folder.resolve("deep.jaga-progress"), valid.replaceFirst("\"learners\" : \\[",
                "\"learners\" : [" + "[".repeat(20)));
        assertThat(refused(deep).detail()).startsWith("nested deeper than 10 levels at learners[0]");
    }

    @Test
    void theFileSizeIsCheckedBeforeAnythingIsRead() throws Exception {
        Path big = folder.resolve("big.jaga-progress");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), DataTransfer.MAX_BYTES); // sparse: takes no room
        }
        assertThat(refused(big).detail()).isEqualTo("the file is 268,435,457 bytes; an export may be at most"
                + " 268,435,456 (256 MB)");
    }

    /** Found by fuzzing: Jackson's syntax messages carry hints for programmers, which an adult does not need. */
    @Test
    void syntaxErrorsAreSaidWithTheirPlaceAndWithoutParserSettings() throws Exception {
        Path plus = Files.writeString(folder.resolve("plus.jaga-progress"),
                "{\"format\":\"jaga-progress\",\"formatVersion\":2,\"schemaVersion\":+3}");
        Path comment = Files.writeString(folder.resolve("comment.jaga-progress"),
                "{\"format\":\"jaga-progress\",\"formatVersion\":2, /* hi */ \"learners\":[]}");
        Path cut = Files.writeString(folder.resolve("cut.jaga-progress"),
                "{\"format\":\"jaga-progress\",\"formatVersion\":2,\"learners\":[}");

        assertThat(refused(plus).detail()).isEqualTo("it is cut short or changed: Unexpected character ('+' (code 43)) in"
                + " numeric value: JSON spec does not allow numbers to have plus signs (line 1, column 62)");
        assertThat(refused(comment).detail()).startsWith("it is cut short or changed: Unexpected character ('/' (code 47)):"
                + " maybe a (non-standard) comment?").endsWith("(line 1, column 46)");
        assertThat(refused(cut).detail()).isEqualTo("it is cut short or changed: Unexpected close marker '}': expected ']'"
                + " (for Array starting at line 1, column 56) (line 1, column 57)");
        Path separator = Files.writeString(folder.resolve("separator.jaga-progress"),
                "{\"format\":\"jaga-progress\",\"formatVersion\":2,\u001E\"learners\":[]}");
        assertThat(refused(separator).detail()).isEqualTo("it is cut short or changed: Illegal character ((CTRL-CHAR,"
                + " code 30)): only regular white space (\\r, \\n, \\t) is allowed between tokens (line 1, column 46)");
        for (Path file : List.of(plus, comment, cut, separator)) {
            assertThat(refused(file).detail()).doesNotContain("`", "Feature", "REDACTED", "Source");
        }
    }
}
