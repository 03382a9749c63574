package jaga.ui.common;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The one worker, once Jaga has closed it. */
class FxBackgroundTest {

    @Test
    void workAskedForAfterCloseIsNotRunAndThrowsNothing() {
        FxBackground background = new FxBackground();
        background.close();
        AtomicBoolean ran = new AtomicBoolean();

        // As the adult area's idle timer does when it fires during shutdown.
        assertThatCode(() -> background.run(() -> ran.set(true), () -> ran.set(true), failure -> ran.set(true)))
                .doesNotThrowAnyException();
        assertThatCode(background::close).as("closing twice").doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThat(ran).isFalse();
    }
}
