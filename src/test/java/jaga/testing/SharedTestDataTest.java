package jaga.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedTestDataTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFolderFailsInCi() {
        Path missing = temp.resolve("gift");

        assertThatThrownBy(() -> SharedTestData.require(missing, Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI=true");
    }

    @Test
    void aMissingFolderIsASkipOutsideCi() {
        Path missing = temp.resolve("gift");

        assertThatThrownBy(() -> SharedTestData.require(missing, Map.of()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("is not here");
        assertThatThrownBy(() -> SharedTestData.require(missing, Map.of("CI", "false")))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void aFolderThatIsThereIsGiven() throws Exception {
        Path present = Files.createDirectories(temp.resolve("gift"));

        assertThat(SharedTestData.require(present, Map.of("CI", "true"))).isEqualTo(present);
    }
}
