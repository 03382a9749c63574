package jaga.testing;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.SocketPermission;
import java.net.URI;
import java.security.Permission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
 * <p>A journey that talks to a school hub the test itself started on this machine says so with
 * {@link #allowLoopbackPort(int)}: connections to the loopback address on that one port go through;
 * any other address, any other port, listening and accepting are still refused and fail the test.
 * Starting that hub (which picks a free port and waits for it to answer) runs inside
 * {@link #onLoopbackOnly(Supplier)}.
 *
 * <p>The security manager needs Java 17 (this project's version; it is allowed there by default)
 * or {@code -Djava.security.manager=allow} on 18 to 23; where Java refuses it, only the proxy
 * selector guards, which still catches sockets and HTTP but not DNS or NIO channels.
 */
@SuppressWarnings("removal") // the security manager: see above
public final class NetworkGuard implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static final Set<Integer> LOOPBACK_PORTS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Boolean> SETTING_UP = ThreadLocal.withInitial(() -> false);
    /** 127.0.0.0/8 and ::1 written as addresses: never a name, which would need a lookup. */
    private static final Pattern LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}|::1|0:0:0:0:0:0:0:1");
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

    /**
     * Lets connections to the loopback address on {@code port} through until the guard is disarmed:
     * a local hub this test started. Nothing else is let through: not another address (even one
     * of this machine's own), not another port, not listening or accepting.
     */
    public static void allowLoopbackPort(int port) {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        LOOPBACK_PORTS.add(port);
    }

    /**
     * Runs a test's own set-up that listens on and connects to the loopback address, on any port
     * (starting a throwaway PostgreSQL picks a free port, then waits until it answers), on this
     * thread only. Any other address is still refused.
     */
    public static <T> T onLoopbackOnly(Supplier<T> setUp) {
        boolean outer = SETTING_UP.get();
        SETTING_UP.set(true);
        try {
            return setUp.get();
        } finally {
            SETTING_UP.set(outer);
        }
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
        LOOPBACK_PORTS.clear();
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

    /** A socket permission the test allowed: see {@link #allowLoopbackPort} and {@link #onLoopbackOnly}. */
    private static boolean allowed(SocketPermission permission) {
        String name = permission.getName();
        String host;
        String port;
        if (name.startsWith("[")) { // [::1]:5432
            int close = name.indexOf(']');
            host = close < 0 ? name : name.substring(1, close);
            port = close >= 0 && name.length() > close + 1 && name.charAt(close + 1) == ':' ? name.substring(close + 2) : "";
        } else {
            int colon = name.indexOf(':');
            boolean ipv6 = colon >= 0 && name.indexOf(':', colon + 1) >= 0; // ::1 with no port
            host = colon < 0 || ipv6 ? name : name.substring(0, colon);
            port = colon < 0 || ipv6 ? "" : name.substring(colon + 1);
        }
        Set<String> actions = Set.of(permission.getActions().split(","));
        boolean settingUp = SETTING_UP.get();
        if (settingUp && Set.of("listen", "resolve").containsAll(actions) && host.equals("localhost") && port.equals("0")) {
            return true; // a free port to be found on the loopback address (checkListen(0) names it so)
        }
        if (!LOOPBACK.matcher(host).matches()) {
            return false;
        }
        if (actions.equals(Set.of("resolve"))) {
            return true; // a loopback address written out needs no lookup
        }
        if (settingUp) {
            return Set.of("connect", "resolve", "listen").containsAll(actions);
        }
        return Set.of("connect", "resolve").containsAll(actions) && allowedPort(port);
    }

    private static boolean allowedPort(String port) {
        try {
            return LOOPBACK_PORTS.contains(Integer.parseInt(port));
        } catch (NumberFormatException rangeOrNone) {
            return false;
        }
    }

    /**
     * A connection the proxy selector is asked about. A socket to the loopback address made from
     * {@link java.net.InetAddress#getLoopbackAddress()} is named "localhost" here, though no lookup
     * happened; a real lookup of that name is caught as "resolve" by the security manager.
     */
    private static boolean allowed(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().replace("[", "").replace("]", "");
        boolean loopback = LOOPBACK.matcher(host).matches() || host.equals("localhost");
        return loopback && (SETTING_UP.get() || LOOPBACK_PORTS.contains(uri.getPort()));
    }

    /** Allows everything a desktop app does, except the network. */
    private static final class RefusingSecurityManager extends SecurityManager {
        @Override
        public void checkPermission(Permission permission) {
            if (armed && permission instanceof SocketPermission socket && !allowed(socket)) {
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
            if (!allowed(uri)) {
                record("connection to " + uri);
            }
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // already recorded when selected
        }
    }
}
