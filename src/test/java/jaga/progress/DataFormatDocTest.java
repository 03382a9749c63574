package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in docs/data-format.md is a real export: Jaga imports it, and exports it back the same. */
class DataFormatDocTest {

    @Test
    void theExampleInTheFormatGuideImportsAndExportsBackUnchanged(@TempDir Path temp) throws Exception {
        String guide = Files.readString(Path.of("docs/data-format.md"));
        Matcher example = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertThat(example.find()).as("the guide has a json example").isTrue();
        Path file = Files.writeString(temp.resolve("aina.json"), example.group(1));

        ProgressExport documented = DataTransfer.read(file);
        try (Database database = Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC())) {
            DataTransfer transfer = new DataTransfer(database);
            DataTransfer.ImportSummary summary = transfer.importData(documented);
            assertThat(summary.learnersAdded()).isEqualTo(1);
            assertThat(summary.answersAdded()).isEqualTo(2);

            ProgressExport again = transfer.exportLearner(new LearnerRepository(database).named("Aina").get(0).id());
            assertThat(again.learners()).isEqualTo(documented.learners());
            assertThat(again.classes()).isEqualTo(documented.classes());
        }
    }
}
