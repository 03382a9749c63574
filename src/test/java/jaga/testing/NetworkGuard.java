package jaga.testing;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.SocketPermission;
import java.net.URI;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class on any network attempt while it runs: a security manager refuses and records
 * every socket permission the JDK asks for (TCP and UDP connects, listening, accepting, and DNS
 * lookups, which is also how HTTP clients and URL connections start), and a proxy selector
 * records every URI an HTTP client or a plain socket is about to reach. Add it with
 * {@code @ExtendWith(NetworkGuard.class)}; the journeys all run under it.
 *
 * <p>The security manager needs Java 17 (this project's version; it is allowed there by default)
 * or {@code -Djava.security.manager=allow} on 18 to 23; where Java refuses it, only the proxy
 * selector guards, which still catches sockets and HTTP but not DNS or NIO channels.
 */
@SuppressWarnings("removal") // the security manager: see above
public final class NetworkGuard implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static volatile boolean armed;

    private ProxySelector previousProxySelector;
    private SecurityManager previousSecurityManager;
    private boolean securityManagerInstalled;

    /** Every network attempt since the guard was armed, oldest first. */
    public static List<String> attempts() {
        return List.copyOf(ATTEMPTS);
    }

    public static void forgetAttempts() {
        ATTEMPTS.clear();
    }

    /** True when DNS lookups and NIO channels are guarded too, not only sockets and HTTP. */
    public boolean guardsEverything() {
        return securityManagerInstalled;
    }

    public void arm() {
        ATTEMPTS.clear();
        previousProxySelector = ProxySelector.getDefault();
        ProxySelector.setDefault(new RecordingProxySelector());
        previousSecurityManager = System.getSecurityManager();
        try {
            System.setSecurityManager(new RefusingSecurityManager());
            securityManagerInstalled = true;
        } catch (UnsupportedOperationException notOnThisJava) {
            securityManagerInstalled = false;
        }
        armed = true;
    }

    public void disarm() {
        armed = false;
        if (securityManagerInstalled) {
            System.setSecurityManager(previousSecurityManager);
            securityManagerInstalled = false;
        }
        ProxySelector.setDefault(previousProxySelector);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        arm();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> seen = attempts();
        ATTEMPTS.clear();
        if (!seen.isEmpty()) {
            throw new AssertionError("Jaga tried to use the network during " + context.getDisplayName() + ": " + seen);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        disarm();
    }

    private static void record(String attempt) {
        if (armed) {
            ATTEMPTS.add(attempt + " from " + caller());
        }
    }

    /** The first frame outside the JDK and this guard: who asked. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::toStackTraceElement)
                .filter(frame -> !frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("sun.")
                        && !frame.getClassName().startsWith("jdk.") && !isGuard(frame.getClassName()))
                .findFirst().map(StackTraceElement::toString).orElse("the JDK"));
    }

    private static boolean isGuard(String className) {
        return className.equals(NetworkGuard.class.getName()) || className.startsWith(NetworkGuard.class.getName() + "$");
    }

    /** Allows everything a desktop app does, except the network. */
    private static final class RefusingSecurityManager extends SecurityManager {
        @Override
        public void checkPermission(Permission permission) {
            if (armed && permission instanceof SocketPermission) {
                record("socket " + permission.getActions() + " " + permission.getName());
                throw new SecurityException("no network in Jaga's tests: " + permission);
            }
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            checkPermission(permission);
        }
    }

    private static final class RecordingProxySelector extends ProxySelector {
        @Override
        public List<Proxy> select(URI uri) {
            record("connection to " + uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // already recorded when selected
        }
    }
}
