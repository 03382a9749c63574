package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The picture rules, each broken on its own in a copy of the complete fixture (whose first step is
 * text with a picture, phone.png): the module is left out and the problem names the file, line,
 * column and JSON path of the picture's "file".
 */
class PictureRulesTest {
    private static final String PICTURE_FILE = "lessons[0].steps[0].picture.file";

    @TempDir
    Path modules;
    @TempDir
    Path elsewhere;

    private final ModuleReader reader = new ModuleReader();

    private static ObjectNode picture(ObjectNode module) {
        return (ObjectNode) module.at("/lessons/0/steps/0/picture");
    }

    private ModuleReader.ModuleReadResult read(String json, Consumer<Path> beforeReading) {
        Path file = Fixtures.writeFullModule(modules, "full-module", json);
        beforeReading.accept(file.getParent());
        return reader.read(file, Modules.bundledResources());
    }

    /** The one problem at the picture's "file" value, with its place in the file. */
    private static void assertPinpointed(ModuleReader.ModuleReadResult result, String json, String value, String message) {
        assertThat(result.module()).as("a module with a broken picture is not usable").isEmpty();
        assertThat(json).contains("\"" + value + "\"");
        List<Integer> at = Fixtures.positionOf(json, "\"file\"", "\"picture\"");
        assertThat(result.problems()).as(result.problems().toString()).contains(new ContentProblem(result.file(),
                at.get(0), at.get(1), PICTURE_FILE, ContentProblem.Severity.ERROR, message));
    }

    @Test
    void theFixturesPictureBesideItsWordsIsAccepted() {
        ModuleReader.ModuleReadResult result = read(Fixtures.fullModule(m -> { }), folder -> { });

        assertThat(result.problems()).isEmpty();
        Step.Text text = (Step.Text) result.module().orElseThrow().lessons().get(0).steps().get(0);
        assertThat(text.picture().file()).isEqualTo("phone.png");
        assertThat(text.picture().alt().has("ms")).isTrue();
    }

    @Test
    void aMissingPictureIsReported() {
        String json = Fixtures.fullModule(m -> picture(m).put("file", "pictures/gone.png"));

        assertPinpointed(read(json, folder -> { }), json, "pictures/gone.png",
                "picture 'pictures/gone.png' is not in the module folder");
    }

    @Test
    void aPictureClimbingOutOfTheFolderIsReported() {
        String json = Fixtures.fullModule(m -> picture(m).put("file", "pictures/../../other/phone.png"));

        assertPinpointed(read(json, folder -> { }), json, "pictures/../../other/phone.png",
                "picture path 'pictures/../../other/phone.png' must stay inside the module folder (no '..')");
    }

    @Test
    void anAbsolutePicturePathIsReported() {
        String json = Fixtures.fullModule(m -> picture(m).put("file", "/etc/hostname"));

        assertPinpointed(read(json, folder -> { }), json, "/etc/hostname",
                "picture path '/etc/hostname' must be relative to the module folder");
    }

    @Test
    void aLinkToAPictureOutsideTheFolderIsReported() throws IOException {
        Path outside = png(elsewhere.resolve("family.png"), 10, 10, 0);
        String json = Fixtures.fullModule(m -> picture(m).put("file", "pictures/family.png"));

        ModuleReader.ModuleReadResult result = read(json, folder -> {
            try {
                Files.createDirectories(folder.resolve("pictures"));
                Files.createSymbolicLink(folder.resolve("pictures/family.png"), outside);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertPinpointed(result, json, "pictures/family.png", "picture 'pictures/family.png' is a link to a file outside"
                + " the module folder; copy the picture into the folder instead");
    }

    @Test
    void aPictureWithTooManyBytesIsReported() {
        String json = Fixtures.fullModule(m -> picture(m).put("file", "big.png"));

        ModuleReader.ModuleReadResult result = read(json, folder -> write(() -> png(folder.resolve("big.png"), 100, 100,
                (int) PictureRules.MAX_BYTES + 1)));

        assertPinpointed(result, json, "big.png", "picture 'big.png' is 1025 KB; a picture may be at most 1024 KB"
                + " (save it smaller, or as a JPEG)");
    }

    @Test
    void aPictureWithTooManyPixelsIsReported() {
        String json = Fixtures.fullModule(m -> picture(m).put("file", "wide.png"));

        ModuleReader.ModuleReadResult result = read(json, folder -> write(() -> png(folder.resolve("wide.png"), 5000, 300, 0)));

        assertPinpointed(result, json, "wide.png", "picture 'wide.png' is 5000 x 300 pixels; a picture may be at most"
                + " 2400 pixels on a side and 4 million in all");
    }

    @Test
    void aFileThatIsNoPictureIsReported() {
        String json = Fixtures.fullModule(m -> picture(m).put("file", "notes.txt"));

        ModuleReader.ModuleReadResult result = read(json, folder -> write(() -> Files.writeString(folder.resolve("notes.txt"), "hello")));

        assertPinpointed(result, json, "notes.txt", "picture 'notes.txt' is not a PNG, JPEG or GIF picture");
    }

    @Test
    void aPictureWithoutItsMalayAltTextIsReported() {
        String json = Fixtures.fullModule(m -> ((ObjectNode) picture(m).get("alt")).remove("ms"));

        ModuleReader.ModuleReadResult result = read(json, folder -> { });

        List<Integer> at = Fixtures.positionOf(json, "\"alt\"", "\"picture\"");
        assertThat(result.problems()).contains(new ContentProblem(result.file(), at.get(0), at.get(1),
                "lessons[0].steps[0].picture.alt", ContentProblem.Severity.ERROR, "missing translation for 'ms'"));
    }

    @Test
    void anUnknownPersonaIsReportedWithTheKnownOnes() {
        String json = Fixtures.fullModule(m -> ((ObjectNode) m.at("/lessons/0/steps/3/participants/1")).put("persona", "rabbit"));

        ModuleReader.ModuleReadResult result = read(json, folder -> { });

        assertThat(result.module()).isEmpty();
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.jsonPath()).isEqualTo("lessons[0].steps[3].participants[1].persona");
            assertThat(problem.message()).startsWith("unknown persona 'rabbit'; use one of: aina, siti");
            assertThat(List.of(problem.line(), problem.column()))
                    .isEqualTo(Fixtures.positionOf(json, "\"persona\"", "\"id\" : \"gamer\""));
        });
    }

    @Test
    void aClassGroupWithoutItsNameIsReported() {
        String json = Fixtures.fullModule(m -> ((ObjectNode) m.at("/lessons/0/steps/3")).put("skin", "classGroup").remove("place"));

        ModuleReader.ModuleReadResult result = read(json, folder -> { });

        List<Integer> at = Fixtures.positionOf(json, "\"skin\"", "\"id\" : \"practise\"");
        assertThat(result.problems()).contains(new ContentProblem(result.file(), at.get(0), at.get(1),
                "lessons[0].steps[3].skin", ContentProblem.Severity.ERROR, "a class group chat needs its name in 'place'"));
    }

    @Test
    void picturesSizesAreReadFromPngGifAndJpegHeaders() throws IOException {
        assertThat(PictureRules.dimensions(png(elsewhere.resolve("a.png"), 800, 450, 0))).hasValueSatisfying(
                size -> assertThat(size).containsExactly(800, 450));
        Path gif = Files.write(elsewhere.resolve("a.gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0x20, 0x03, (byte) 0xC2, 0x01});
        assertThat(PictureRules.dimensions(gif)).hasValueSatisfying(size -> assertThat(size).containsExactly(800, 450));
        // SOI, an APP0 segment of 4 bytes, then a baseline frame: precision 8, height 450, width 800.
        Path jpeg = Files.write(elsewhere.resolve("a.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 1, 2,
                (byte) 0xFF, (byte) 0xC0, 0, 17, 8, 0x01, (byte) 0xC2, 0x03, 0x20, 3});
        assertThat(PictureRules.dimensions(jpeg)).hasValueSatisfying(size -> assertThat(size).containsExactly(800, 450));
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A PNG header claiming {@code width} x {@code height} (enough for the size rules, which read
     * only the header), padded with {@code padding} bytes in a private chunk.
     */
    static Path png(Path file, int width, int height, int padding) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            byte[] header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                    .put((byte) 0).put((byte) 0).put((byte) 0).array();
            chunk(out, "IHDR", header);
            if (padding > 0) {
                chunk(out, "jaGa", new byte[padding]);
            }
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
