package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.Modules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in docs/content-format.md is a real module: an author can copy it and it works. */
class ContentFormatDocTest {

    @Test
    void theCompleteExampleInTheFormatGuideValidates(@TempDir Path temp) throws Exception {
        String guide = Files.readString(Path.of("docs/content-format.md"));
        Matcher example = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertThat(example.find()).as("the guide has a json example").isTrue();

        Path file = Modules.write(temp, "example-module", example.group(1));
        ModuleReader.ModuleReadResult result = new ModuleReader().read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.module()).isPresent();
    }
}
