package jaga.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link ThrowawayPostgres} for a test class: started before its first test, stopped after its
 * last. {@code @RegisterExtension static final ThrowawayHub postgres = new ThrowawayHub();}
 */
public final class ThrowawayHub implements BeforeAllCallback, AfterAllCallback {
    private ThrowawayPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = ThrowawayPostgres.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The running server: kill, freeze and restart it as the test needs. */
    public ThrowawayPostgres server() {
        if (server == null) {
            throw new IllegalStateException("the hub runs only while the test class does");
        }
        return server;
    }
}
