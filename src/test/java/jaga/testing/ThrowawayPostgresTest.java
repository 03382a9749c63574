package jaga.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The throwaway PostgreSQL the hub's tests run against: real, password-protected, and breakable. */
class ThrowawayPostgresTest {

    private static ThrowawayPostgres server;

    @BeforeAll
    static void startServer() {
        long started = System.nanoTime();
        server = ThrowawayPostgres.start();
        System.out.printf("ThrowawayPostgres.start() took %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aNewDatabaseStoresAndReturnsRowsOverPasswordAuthentication() throws SQLException {
        String url = server.createDatabase("rows");

        assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/rows");
        try (Connection c = server.connect(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table progress (learner text primary key, stars int not null)");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into progress values (?, ?)")) {
                for (String learner : List.of("Aisyah", "Wei Ling", "Arjun")) {
                    insert.setString(1, learner);
                    insert.setInt(2, learner.length());
                    insert.executeUpdate();
                }
            }
            assertThat(strings(c, "select learner || '=' || stars from progress order by learner"))
                    .containsExactly("Aisyah=6", "Arjun=5", "Wei Ling=8");
            assertThat(strings(c, "select current_user")).containsExactly(ThrowawayPostgres.ADMIN_USER);
            assertThat(strings(c, "select pg_encoding_to_char(encoding) || ' ' || datcollate from pg_database where datname = 'rows'"))
                    .containsExactly("UTF8 C");
        }
    }

    @Test
    void theServerIsPostgres16OnLoopbackOnly() throws SQLException {
        try (Connection c = server.connect(server.adminUrl())) {
            assertThat(strings(c, "select version()").get(0)).startsWith("PostgreSQL 16.");
            assertThat(Integer.parseInt(strings(c, "show server_version_num").get(0))).isGreaterThanOrEqualTo(160000);
            assertThat(strings(c, "show listen_addresses")).containsExactly("127.0.0.1");
            assertThat(strings(c, "show fsync")).containsExactly("on");
            assertThat(strings(c, "show dynamic_shared_memory_type")).containsExactly("mmap");
            assertThat(strings(c, "select inet_server_addr()::text")).containsExactly("127.0.0.1/32");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(server.adminUrl(), server.adminUser(), "not-" + server.adminPassword()).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(server.adminUrl(), server.adminUser(), "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void eachDatabaseIsSeparate() throws SQLException {
        String first = server.createDatabase("first_school");
        String second = server.createDatabase("second_school");
        try (Connection c = server.connect(first); Statement s = c.createStatement()) {
            s.execute("create table only_here (x int)");
        }
        try (Connection c = server.connect(second)) {
            assertThat(strings(c, "select count(*) from information_schema.tables where table_name = 'only_here'"))
                    .containsExactly("0");
        }
        assertThatThrownBy(() -> server.createDatabase("Robert'); drop table x;--"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKilledServerLosesNoCommittedRowAfterRestart() throws SQLException {
        String url = server.createDatabase("crash");
        try (Connection c = server.connect(url); Statement s = c.createStatement()) {
            s.execute("create table synced (id int primary key, what text)");
            s.execute("insert into synced values (1, 'quiz passed')");
        }
        Connection open = server.connect(url);
        long before = server.pid();
        List<Long> backends = server.descendantPids();
        assertThat(backends).isNotEmpty();

        server.kill();

        assertThat(ProcessHandle.of(before)).isEmpty();
        assertThat(backends).allSatisfy(pid -> assertThat(stillRunning(pid)).as("backend %d", pid).isFalse());
        assertThatThrownBy(() -> strings(open, "select what from synced")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> server.connect(url).close()).isInstanceOf(SQLException.class);
        open.close();

        server.restart();

        assertThat(server.pid()).isNotEqualTo(before);
        try (Connection c = server.connect(url)) {
            assertThat(strings(c, "select what from synced")).containsExactly("quiz passed");
        }
    }

    @Test
    void aFrozenServerTimesOutAndAnswersAgainOnceThawed() throws SQLException {
        String url = server.createDatabase("frozen") + "?socketTimeout=2";
        try (Connection c = server.connect(url)) {
            assertThat(strings(c, "select 1")).containsExactly("1");
            server.freeze();
            try {
                long started = System.nanoTime();
                assertThatThrownBy(() -> strings(c, "select 2")).isInstanceOf(SQLException.class);
                long tookMs = (System.nanoTime() - started) / 1_000_000;
                assertThat(tookMs).isBetween(1_500L, 10_000L);
            } finally {
                server.thaw();
            }
        }
        try (Connection c = server.connect(url)) {
            assertThat(strings(c, "select 3")).containsExactly("3");
        }
    }

    @Test
    void aFrozenServerCanBeKilledAndRestarted() throws SQLException {
        // frozen backends would ignore their postmaster's death and keep its shared memory: kill() must kill them too
        String url = server.createDatabase("hung");
        try (Connection c = server.connect(url); Statement s = c.createStatement()) {
            s.execute("create table t (x int)");
            s.execute("insert into t values (42)");
        }
        List<Long> backends = server.descendantPids();
        server.freeze();

        server.kill();

        assertThat(backends).allSatisfy(pid -> assertThat(stillRunning(pid)).as("backend %d", pid).isFalse());
        server.restart();
        try (Connection c = server.connect(url)) {
            assertThat(strings(c, "select x from t")).containsExactly("42");
        }
    }

    @Test
    void closingLeavesNoProcessAndNoData() throws SQLException {
        long started = System.nanoTime();
        ThrowawayPostgres second = ThrowawayPostgres.start();
        System.out.printf("ThrowawayPostgres.start() with the binaries already extracted took %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        long pid = second.pid();
        List<Long> all = new ArrayList<>(second.descendantPids());
        all.add(pid);
        try (Connection c = second.connect(second.adminUrl())) {
            assertThat(strings(c, "select 1")).containsExactly("1");
        }
        Path dataDir = second.directory();
        assertThat(dataDir).isDirectory();

        second.close();
        second.close(); // twice is harmless

        assertThat(ProcessHandle.of(pid)).isEmpty();
        assertThat(all).allSatisfy(p -> assertThat(stillRunning(p)).as("process %d", p).isFalse());
        assertThat(dataDir).doesNotExist();
        assertThatThrownBy(() -> second.connect(second.adminUrl()).close()).isInstanceOf(SQLException.class);
    }

    @Test
    void closingAKilledServerLeavesNoSharedMemory() throws Exception {
        ThrowawayPostgres killed = ThrowawayPostgres.start();
        long key = sharedMemoryKey(killed.directory());
        assertThat(sysvSegmentKeys()).contains(key);
        killed.kill();
        assertThat(sysvSegmentKeys()).as("a SIGKILL leaves the segment").contains(key);

        killed.close();

        assertThat(sysvSegmentKeys()).doesNotContain(key);
    }

    @Test
    void aServerDiesWithItsJvmAndTheNextStartClearsWhatWasLeft() throws Exception {
        Process child = ChildJvm.start(ThrowawayPostgres.class); // its stdin stays open: it keeps its server
        Map<String, String> printed = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; !printed.containsKey("started_ms") && (line = lines.readLine()) != null; ) {
                String[] pair = line.split("=", 2);
                printed.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
            assertThat(printed).containsKeys("pid", "dir", "started_ms");
            long postmaster = Long.parseLong(printed.get("pid"));
            Path left = Path.of(printed.get("dir"));
            long key = sharedMemoryKey(left);
            assertThat(stillRunning(postmaster)).isTrue();

            child.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (stillRunning(postmaster) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(stillRunning(postmaster)).as("the postmaster outlived its JVM").isFalse();
            assertThat(left).isDirectory();

            ThrowawayPostgres.start().close();

            assertThat(left).doesNotExist();
            assertThat(sysvSegmentKeys()).doesNotContain(key);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aServerOutlivesTheThreadThatStartedIt() throws Exception {
        // the parent-death signal that stops servers with the JVM fires when the starting thread ends
        ThrowawayPostgres[] started = new ThrowawayPostgres[1];
        Thread starter = new Thread(() -> started[0] = ThrowawayPostgres.start());
        starter.start();
        starter.join();
        try (ThrowawayPostgres other = started[0]) {
            Thread.sleep(500);
            try (Connection c = other.connect(other.adminUrl())) {
                assertThat(strings(c, "select 1")).containsExactly("1");
            }
            assertThat(ProcessHandle.of(other.pid()).map(ProcessHandle::isAlive)).contains(true);
        }
    }

    @Test
    void aNamedServerIsUsedThroughTheSameInterface() throws SQLException {
        // the named-server path, pointed at our throwaway one so that it runs everywhere
        String name;
        try (TestHubServer named = TestHubServer.named(server.adminUrl(), server.adminUser(), server.adminPassword())) {
            String url = named.createDatabase("named");
            name = url.substring(url.lastIndexOf('/') + 1);
            assertThat(name).matches("named_[0-9a-f]{8}");
            try (Connection c = named.connect(url)) {
                assertThat(strings(c, "select current_database()")).containsExactly(name);
            }
        }
        try (Connection c = server.connect(server.adminUrl())) {
            assertThat(strings(c, "select count(*) from pg_database where datname = '" + name + "'")).containsExactly("0");
        }
        assertThatThrownBy(() -> TestHubServer.named(server.adminUrl(), server.adminUser(), "wrong"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(server.adminUrl());
    }

    @Test
    void anyHubGivesAWorkingServer() throws SQLException {
        try (TestHubServer hub = TestHubServer.any()) {
            String url = hub.createDatabase("any_hub");
            try (Connection c = hub.connect(url)) {
                assertThat(strings(c, "select 1")).containsExactly("1");
            }
        }
    }

    /** The System V key the postmaster wrote on line 7 of postmaster.pid. */
    private static long sharedMemoryKey(Path directory) throws IOException {
        return Long.parseLong(Files.readAllLines(directory.resolve("data/postmaster.pid")).get(6).trim().split("\\s+")[0]);
    }

    /** The keys of the system's System V shared memory segments, from the kernel (no ipcs needed). */
    private static List<Long> sysvSegmentKeys() throws IOException {
        try (var lines = Files.lines(Path.of("/proc/sysvipc/shm"))) {
            return lines.skip(1).map(line -> Long.parseLong(line.trim().split("\\s+")[0])).toList();
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Alive and not a zombie (an orphaned backend's zombie may wait for an init that never reaps). */
    private static boolean stillRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException gone) {
            return false;
        }
    }
}
