package jaga.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard the journeys run under is shown to catch each kind of network use, planted here:
 * a socket, an HTTP request, a URL opened, a DNS lookup, an NIO channel. 192.0.2.1 is TEST-NET-1,
 * an address that is never routed, so nothing leaves even if the guard failed.
 */
class NetworkGuardTest {
    private final NetworkGuard guard = new NetworkGuard();
    /** Stands for a local hub: listening on the loopback address, opened before any guard is armed. */
    private static ServerSocket localHub;

    @BeforeAll
    static void openLocalHub() throws Exception {
        localHub = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterAll
    static void closeLocalHub() throws Exception {
        localHub.close();
    }

    @BeforeEach
    void arm() {
        guard.arm();
    }

    @AfterEach
    void disarm() {
        guard.disarm();
        NetworkGuard.forgetAttempts();
    }

    @Test
    void aPlainSocketIsCaught() {
        catchThrowable(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("192.0.2.1", 80), 200);
            }
        });
        assertThat(NetworkGuard.attempts()).isNotEmpty().anyMatch(a -> a.contains("192.0.2.1"))
                .allMatch(a -> a.contains("NetworkGuardTest"));
    }

    @Test
    void anHttpRequestIsCaught() {
        catchThrowable(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://192.0.2.1/"))
                .timeout(java.time.Duration.ofMillis(200)).build(), HttpResponse.BodyHandlers.discarding()));
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains("192.0.2.1"));
    }

    @Test
    void aUrlOpenedIsCaught() {
        catchThrowable(() -> {
            java.net.URLConnection connection = URI.create("http://192.0.2.1/help").toURL().openConnection();
            connection.setConnectTimeout(200);
            connection.getInputStream().close();
        });
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains("192.0.2.1"));
    }

    @Test
    void aDnsLookupAndAnNioChannelAreCaughtWhereJavaAllowsTheSecurityManager() {
        Assumptions.assumeTrue(guard.guardsEverything(), "this Java refuses a security manager; only sockets and HTTP are guarded");
        catchThrowable(() -> InetAddress.getByName("jaga-guard-test.invalid"));
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains("jaga-guard-test.invalid"));
        NetworkGuard.forgetAttempts();
        catchThrowable(() -> SocketChannel.open(new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), 80)).close());
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains("192.0.2.1"));
    }

    @Test
    void runningOnThisProjectsJavaTheGuardCoversEverything() {
        // Java 17 allows a security manager without any flag: in this build nothing is left unguarded.
        Assumptions.assumeTrue(Runtime.version().feature() == 17, "checked on Java 17 only");
        assertThat(guard.guardsEverything()).isTrue();
    }

    @Test
    void withTheLocalHubsPortAllowedOnlyThatPortOnTheLoopbackAddressGoesThrough() throws Exception {
        int port = localHub.getLocalPort();
        NetworkGuard.allowLoopbackPort(port);

        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 2000);
        }
        assertThat(NetworkGuard.attempts()).as("the allowed hub").isEmpty();

        // The same port on any other address is still caught: here TEST-NET-1, never routed.
        catchThrowable(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), port), 200);
            }
        });
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains("192.0.2.1:" + port));
        NetworkGuard.forgetAttempts();

        // Another port on the loopback address, and the hub's port by name (a lookup), are caught too.
        int otherPort = port == 65535 ? port - 1 : port + 1;
        catchThrowable(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), otherPort), 200);
            }
        });
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains(":" + otherPort));
        NetworkGuard.forgetAttempts();
        catchThrowable(() -> new Socket("jaga-guard-test.invalid", port).close());
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains("jaga-guard-test.invalid"));
        NetworkGuard.forgetAttempts();

        // An HTTP request to a non-loopback address on the hub's port is still caught.
        catchThrowable(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://192.0.2.1:" + port + "/"))
                .timeout(java.time.Duration.ofMillis(200)).build(), HttpResponse.BodyHandlers.discarding()));
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains("192.0.2.1"));
    }

    @Test
    void theAllowanceDoesNotLetJagaListenAndEndsWhenTheGuardIsDisarmed() {
        Assumptions.assumeTrue(guard.guardsEverything(), "listening is caught by the security manager only");
        NetworkGuard.allowLoopbackPort(localHub.getLocalPort());
        catchThrowable(() -> new ServerSocket(0, 1, InetAddress.getLoopbackAddress()).close());
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains("listen"));
        NetworkGuard.forgetAttempts();

        guard.disarm();
        guard.arm();
        catchThrowable(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), localHub.getLocalPort()), 200);
            }
        });
        assertThat(NetworkGuard.attempts()).as("allowed no longer").anyMatch(a -> a.contains(":" + localHub.getLocalPort()));
    }

    @Test
    void aTestsOwnSetUpMayUseTheLoopbackAddressButNothingElse() throws Exception {
        int found = NetworkGuard.onLoopbackOnly(() -> {
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return free.getLocalPort(); // as a throwaway server finds its port
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(found).isPositive();
        NetworkGuard.onLoopbackOnly(() -> catchThrowable(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), localHub.getLocalPort()), 2000);
            }
        }));
        assertThat(NetworkGuard.attempts()).as("loopback during set-up").isEmpty();

        NetworkGuard.onLoopbackOnly(() -> catchThrowable(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), 80), 200);
            }
        }));
        assertThat(NetworkGuard.attempts()).as("a real address during set-up").anyMatch(a -> a.contains("192.0.2.1"));
        NetworkGuard.forgetAttempts();

        // Outside the set-up, on the same thread, the loopback address is guarded again.
        catchThrowable(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), localHub.getLocalPort()), 200);
            }
        });
        assertThat(NetworkGuard.attempts()).anyMatch(a -> a.contains(":" + localHub.getLocalPort()));
    }
}
