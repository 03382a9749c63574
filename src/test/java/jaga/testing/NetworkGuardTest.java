package jaga.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard the journeys run under is shown to catch each kind of network use, planted here:
 * a socket, an HTTP request, a URL opened, a DNS lookup, an NIO channel. 192.0.2.1 is TEST-NET-1,
 * an address that is never routed, so nothing leaves even if the guard failed.
 */
class NetworkGuardTest {
    private final NetworkGuard guard = new NetworkGuard();

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
}
