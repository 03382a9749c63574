package jaga.bench;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.learning.report.ReportService;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.BadgeRepository;
import jaga.progress.ChatChoiceRepository;
import jaga.progress.ClassRepository;
import jaga.progress.DashboardRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.LessonProgressRepository;
import jaga.progress.QuizRepository;
import jaga.progress.ReviewRepository;
import jaga.progress.SyncJournal;
import jaga.progress.hub.HubAddress;
import jaga.progress.hub.HubLink;
import jaga.progress.hub.HubSchema;
import jaga.progress.hub.HubSync;
import jaga.progress.hub.SyncPhases;
import jaga.testing.ThrowawayPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The school hub's speed against a real PostgreSQL 16 on this machine ({@link ThrowawayPostgres}, default
 * settings, fsync on): a plain program on the test class path, not a test (it takes minutes and its
 * figures go to docs/performance.md by hand).
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * ./mvnw -q -o org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath jaga.bench.HubBench push"          # or drain, dashboard, all
 * </pre>
 *
 * <p>Each run starts its own throwaway server unless {@code --server-url jdbc:postgresql://127.0.0.1:PORT/postgres
 * --server-user U --server-password-file F} names one already running (such as {@code ThrowawayPostgres}'s own
 * main), so that two builds can be timed one after the other against the same hub: {@code push --template DIR}
 * then keeps the generated PC in DIR for the next run, and {@code dashboard} reuses a {@code school_hub}
 * database that already holds the school.
 *
 * <ul>
 *   <li>{@code push [--rows 20000] [--runs 5] [--batches 100,2000]}: one PC whose outbox holds about
 *       {@code --rows} rows of a lab's usual mix (40 children x N modules: lesson steps, chat replies, a
 *       10-question quiz, badges, review items), written through the repositories while paired, as the app
 *       writes them; pushed by {@link HubSync#push} to a fresh hub database each run (a copy of the same
 *       file each time), then with other batch sizes and each phase timed ({@link SyncPhases}).</li>
 *   <li>{@code drain [--seats 40] [--runs 5]}: 40 data folders (40 threads in this JVM, each with its own
 *       {@link Database}, {@link SyncJournal} and hub connection), each paired and holding the class roster
 *       pulled from the hub, then one child's class lesson done with nothing sent; all push at once;
 *       the wall time until every outbox is empty.</li>
 *   <li>{@code dashboard [--learners 1000] [--class-runs 50] [--everyone 2]}: the hub holding {@link GeneratedSchool}'s
 *       school (1,000 learners x 20 modules x 3 attempts x 10 answers, 25 classes of 40), sent by one PC;
 *       a teacher's empty PC paired through {@link HubLink#pair}; its first roster pull; then opening one
 *       class as the adult area does ({@link HubLink#bringClasses} and {@link ReportService#classReport}),
 *       once cold and {@code --runs} times more; then {@link HubLink#bringEveryone} cold and again.</li>
 * </ul>
 */
public final class HubBench {
    static final String PC_USER = "jaga_lab";
    static final String PC_PASSWORD = "bench-lab-pass";
    /** As the app: {@link HubAddress#DEFAULT_TIMEOUT} for connecting, logging in and any one answer. */
    static final Duration TIMEOUT = HubAddress.DEFAULT_TIMEOUT;
    static final String MODULE_OF_THE_LESSON = "grooming-10-12";

    private HubBench() {}

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 && !args[0].startsWith("--") ? args[0] : "all";
        System.out.printf("hub bench: %s; %d cores, %s %s, load average %s%n", what,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Stats.loadAverage());
        long started = System.nanoTime();
        String given = option(args, "--server-url", null);
        ThrowawayPostgres throwaway = given == null ? ThrowawayPostgres.start() : null;
        Server server = throwaway != null
                ? new Server(throwaway.adminUrl(), throwaway.adminUser(), throwaway.adminPassword())
                : new Server(given, option(args, "--server-user", ThrowawayPostgres.ADMIN_USER),
                        Files.readString(Path.of(option(args, "--server-password-file", "/dev/null"))).strip());
        try {
            System.out.printf("hub: %s, %s (default settings, fsync on, 127.0.0.1)%n", serverVersion(server),
                    throwaway != null ? String.format("started in %.1f s", (System.nanoTime() - started) / 1e9)
                            : "already running at " + given);
            if (what.equals("push") || what.equals("all")) {
                push(server, intOption(args, "--rows", 20_000), intOption(args, "--runs", 5),
                        Arrays.stream(option(args, "--batches", "100,2000").split(",")).filter(b -> !b.isBlank())
                                .map(Integer::parseInt).toList(), option(args, "--template", null));
            }
            if (what.equals("drain") || what.equals("all")) {
                drain(server, intOption(args, "--seats", 40), intOption(args, "--runs", 5));
            }
            if (what.equals("dashboard") || what.equals("all")) {
                dashboard(server, intOption(args, "--learners", 1_000), intOption(args, "--class-runs", 50),
                        intOption(args, "--everyone", 2));
            }
        } finally {
            if (throwaway != null) {
                throwaway.close();
            }
        }
        System.out.printf("hub bench done; load average %s%n", Stats.loadAverage());
    }

    // ------------------------------------------------------------------------------------- push

    static void push(Server server, int rows, int runs, List<Integer> otherBatches, String keep) throws Exception {
        int learners = 40;
        int modules = Math.max(1, (int) Math.ceil(rows / (learners * 23.0)));
        String url = freshHub(server, "push_bench");
        Path template = keep != null ? Path.of(keep) : Files.createTempDirectory("jaga-bench-push");
        try {
            long begun = System.nanoTime();
            int waiting;
            if (keep != null && Files.exists(template.resolve("jaga.db"))) {
                try (Database database = open(template); SyncJournal journal = new SyncJournal(database)) {
                    check(journal.link().orElseThrow().url().equals(url), "the kept PC is paired with this server");
                    System.out.printf("%npush: the PC kept in %s, %,d outbox entries waiting%n", template, journal.waiting());
                }
            } else try (Database database = open(template); SyncJournal journal = new SyncJournal(database)) {
                journal.pair(url, PC_USER, PC_PASSWORD, HubSchema.VERSION);
                List<Long> children = addClass(database, "Class 5A", learners);
                Random random = new Random(7);
                for (int module = 0; module < modules; module++) {
                    for (long child : children) {
                        onePeriod(database, child, "module-" + module, random);
                    }
                }
                waiting = journal.waiting();
                System.out.printf("%npush: one PC, %d children x %d modules written while paired in %.1f s: %,d outbox"
                        + " entries waiting; load %s%n", learners, modules, (System.nanoTime() - begun) / 1e9, waiting,
                        Stats.loadAverage());
            }

            double[] perSecond = new double[runs];
            double[] entriesPerSecond = new double[runs];
            double[] distinctPerSecond = new double[runs];
            double[] millis = new double[runs];
            int sent = 0;
            long distinct = 0;
            String loadBefore = Stats.loadAverage();
            for (int run = 0; run < runs; run++) {
                freshHub(server, "push_bench");
                Path copy = copyOf(template);
                try (Database database = open(copy); SyncJournal journal = new SyncJournal(database)) {
                    long t0 = System.nanoTime();
                    HubSync.Pushed pushed = new HubSync(journal, "bench").push(TIMEOUT);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    check(journal.waiting() == 0, "the outbox is empty after the push");
                    // A row changed again after its batch went is sent again in a later batch: rows sent >= rows.
                    distinct = hubRows(server, url);
                    check(distinct <= pushed.rowsSent(), "the hub holds no more rows than were sent");
                    try (Connection hub = server.connect(url)) {
                        String difference = SyncPhases.firstDifference(copy, hub);
                        check(difference == null, "the hub holds exactly the PC's rows (" + difference + ")");
                    }
                    sent = pushed.rowsSent();
                    perSecond[run] = pushed.rowsSent() / seconds;
                    distinctPerSecond[run] = distinct / seconds;
                    entriesPerSecond[run] = pushed.entries() / seconds;
                    millis[run] = seconds * 1000;
                    System.out.printf("  run %d: HubSync.push sent %,d rows (%,d distinct on the hub; %,d entries, %d batches"
                                    + " of %d) in %,.0f ms: %,.0f rows/s; load %s%n", run + 1, pushed.rowsSent(), distinct,
                            pushed.entries(), pushed.batches(), HubSync.BATCH, seconds * 1000, perSecond[run],
                            Stats.loadAverage());
                } finally {
                    Stats.deleteRecursively(copy);
                }
            }
            System.out.printf("push-result: HubSync.push, batch %d: %,d rows sent (%,d distinct), median %,.0f ms = %,.0f rows"
                            + " sent/s (%,.0f distinct rows/s, %,.0f entries/s), min-max %,.0f-%,.0f rows/s, %d runs;"
                            + " load before %s, after %s%n", HubSync.BATCH, sent, distinct, Stats.median(millis),
                    Stats.median(perSecond), Stats.median(distinctPerSecond), Stats.median(entriesPerSecond), min(perSecond),
                    max(perSecond), runs, loadBefore, Stats.loadAverage());

            List<Integer> batches = new ArrayList<>(otherBatches);
            batches.add(0, HubSync.BATCH);
            for (int batch : batches) {
                double[] rate = new double[runs];
                String before = Stats.loadAverage();
                SyncPhases.Result last = null;
                for (int run = 0; run < runs; run++) {
                    freshHub(server, "push_bench");
                    Path copy = copyOf(template);
                    try (Database database = open(copy); SyncJournal journal = new SyncJournal(database)) {
                        last = SyncPhases.push(journal, batch, TIMEOUT);
                        check(journal.waiting() == 0, "the outbox is empty after the push");
                        rate[run] = last.rows() / (last.totalNanos() / 1e9);
                        System.out.printf("  batch %d run %d: %s%n", batch, run + 1, last.describe());
                    } finally {
                        Stats.deleteRecursively(copy);
                    }
                }
                System.out.printf("push-phases: batch %d: median %,.0f rows/s, min-max %,.0f-%,.0f, %d runs; load before %s,"
                        + " after %s%n", batch, Stats.median(rate), min(rate), max(rate), runs, before, Stats.loadAverage());
            }
        } finally {
            if (keep == null) {
                Stats.deleteRecursively(template);
            }
        }
    }

    // ------------------------------------------------------------------------------------ drain

    static void drain(Server server, int seats, int runs) throws Exception {
        System.out.printf("%ndrain: %d PCs (threads in one JVM, each its own data folder, Database, SyncJournal and hub"
                + " connection), one child's lesson each, all pushing at once%n", seats);
        double[] wall = new double[runs];
        String loadBefore = Stats.loadAverage();
        for (int run = 0; run < runs; run++) {
            String url = freshHub(server, "drain_bench");
            Path root = Files.createTempDirectory("jaga-bench-drain");
            List<Database> databases = new ArrayList<>();
            List<SyncJournal> journals = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(seats);
            try {
                // The class list, made on the teacher's PC and sent to the hub.
                try (Database teacher = open(root.resolve("teacher")); SyncJournal journal = new SyncJournal(teacher)) {
                    journal.pair(url, PC_USER, PC_PASSWORD, HubSchema.VERSION);
                    addClass(teacher, "Class 5A", seats);
                    new HubSync(journal, "bench").push(TIMEOUT);
                }
                // Each seat: paired, the roster pulled, then one child's lesson with nothing sent.
                int waiting = 0;
                Random random = new Random(run);
                for (int seat = 0; seat < seats; seat++) {
                    Database database = open(root.resolve(String.format("seat-%02d", seat + 1)));
                    databases.add(database);
                    SyncJournal journal = new SyncJournal(database);
                    journals.add(journal);
                    journal.pair(url, PC_USER, PC_PASSWORD, HubSchema.VERSION);
                    new HubSync(journal, "bench").pullRoster(TIMEOUT);
                    long child = new LearnerRepository(database).named("Learner " + seat).get(0).id();
                    onePeriod(database, child, MODULE_OF_THE_LESSON, random);
                    waiting += journal.waiting();
                }
                long facts = hubRows(server, url);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<long[]>> pushes = new ArrayList<>();
                for (SyncJournal journal : journals) {
                    pushes.add(pool.submit(() -> {
                        go.await();
                        long t0 = System.nanoTime();
                        HubSync.Pushed pushed = new HubSync(journal, "bench").push(TIMEOUT);
                        return new long[] {System.nanoTime(), System.nanoTime() - t0, pushed.rowsSent()};
                    }));
                }
                Thread.sleep(200); // every thread waiting at the latch
                String load = Stats.loadAverage();
                long start = System.nanoTime();
                go.countDown();
                long end = start;
                double[] each = new double[seats];
                long sent = 0;
                for (int i = 0; i < seats; i++) {
                    long[] done = pushes.get(i).get();
                    end = Math.max(end, done[0]);
                    each[i] = done[1] / 1e6;
                    sent += done[2];
                }
                wall[run] = (end - start) / 1e6;
                for (SyncJournal journal : journals) {
                    check(journal.waiting() == 0, "every outbox is empty");
                }
                check(hubRows(server, url) - facts == sent, "the hub holds every row sent");
                System.out.printf("  run %d: %,d outbox entries on %d PCs (%,d rows) drained in %,.0f ms; one PC's push:"
                                + " median %,.0f ms, max %,.0f ms; load %s%n", run + 1, waiting, seats, sent, wall[run],
                        Stats.median(each), max(each), load);
            } finally {
                pool.shutdownNow();
                for (SyncJournal journal : journals) {
                    journal.close();
                }
                for (Database database : databases) {
                    database.close();
                }
                Stats.deleteRecursively(root);
            }
        }
        System.out.printf("drain-result: %d PCs, median %,.0f ms until every outbox was empty (min-max %,.0f-%,.0f),"
                + " %d runs; load before %s, after %s%n", seats, Stats.median(wall), min(wall), max(wall), runs, loadBefore,
                Stats.loadAverage());
    }

    // -------------------------------------------------------------------------------- dashboard

    static void dashboard(Server server, int learners, int runs, int everyone) throws Exception {
        String url = server.urlOf("school_hub");
        Path root = Files.createTempDirectory("jaga-bench-hub-school");
        try {
            if (schoolLoaded(server, url, learners)) {
                System.out.printf("%ndashboard: the hub's school_hub database already holds the school (%s)%n",
                        hubSize(server, url));
            } else {
                url = loadSchool(server, root, learners);
            }

            // A teacher's PC with nothing on it, paired as in the adult area.
            try (Database database = open(root.resolve("teacher")); SyncJournal journal = new SyncJournal(database)) {
                HubLink link = new HubLink(journal, "bench", Clock.systemUTC(), TIMEOUT);
                link.pair(new HubAddress(url, PC_USER, PC_PASSWORD));
                long t2 = System.nanoTime();
                HubSync.Pulled roster = link.sync().pullRoster(TIMEOUT);
                System.out.printf("roster-pull: first roster pull on the teacher's PC: %,d rows (learners and classes) in"
                        + " %,.0f ms; load %s%n", roster.rowsRead(), (System.nanoTime() - t2) / 1e6, Stats.loadAverage());

                long classId = new ClassRepository(database).named(GeneratedSchool.className(learners / 2)).orElseThrow().id();
                ReportService reports = new ReportService(bundledCatalog(), new LearnerRepository(database),
                        new ClassRepository(database), new DashboardRepository(database), new jaga.progress.AnswerHistory(database), new BadgeRepository(database),
                        Clock.systemUTC());
                DashboardRepository dashboards = new DashboardRepository(database);

                double[] cold = openClass(link, reports, dashboards, classId);
                System.out.printf("class-open cold (first time on this PC): bringClasses %,.0f ms + classReport %,.0f ms ="
                                + " %,.0f ms (classDashboard alone %,.0f ms); load %s%n", cold[0], cold[1], cold[0] + cold[1],
                        cold[2], Stats.loadAverage());

                double[] bring = new double[runs];
                double[] report = new double[runs];
                double[] total = new double[runs];
                double[] dashboard = new double[runs];
                String before = Stats.loadAverage();
                for (int run = 0; run < runs; run++) {
                    double[] t = openClass(link, reports, dashboards, classId);
                    bring[run] = t[0];
                    report[run] = t[1];
                    total[run] = t[0] + t[1];
                    dashboard[run] = t[2];
                }
                System.out.printf("class-open: %d runs after the first: bringClasses median %,.0f ms p99 %,.0f; classReport"
                                + " median %,.0f p99 %,.0f; together median %,.0f ms p99 %,.0f ms (max %,.0f); classDashboard"
                                + " alone median %,.1f p99 %,.1f; load before %s, after %s%n", runs, Stats.median(bring),
                        Stats.percentile(bring, 99), Stats.median(report), Stats.percentile(report, 99), Stats.median(total),
                        Stats.percentile(total, 99), max(total), Stats.median(dashboard), Stats.percentile(dashboard, 99),
                        before, Stats.loadAverage());

                // Where bringClasses spends it: the pull of the class's rows, phase by phase (5 runs).
                List<String> members = journal.classMemberUids(classId);
                for (int i = 0; i < 5; i++) {
                    System.out.printf("  pull phases: %s%n", SyncPhases.pullLearners(journal, members, TIMEOUT).describe());
                }
                for (int i = 0; i < 3; i++) {
                    long t3 = System.nanoTime();
                    link.sync().push(TIMEOUT);
                    long t4 = System.nanoTime();
                    link.sync().pullRoster(TIMEOUT);
                    long t5 = System.nanoTime();
                    System.out.printf("  push of nothing %.1f ms, roster pull of nothing new %.1f ms%n", (t4 - t3) / 1e6,
                            (t5 - t4) / 1e6);
                }

                for (int i = 0; i < everyone; i++) {
                    String load = Stats.loadAverage();
                    long t6 = System.nanoTime();
                    check(link.bringEveryone() == HubLink.Freshness.FROM_HUB, "bringEveryone reached the hub");
                    System.out.printf("bring-everyone %s: %,.1f s (load before %s, after %s)%n", i == 0 ? "cold" : "again",
                            (System.nanoTime() - t6) / 1e9, load, Stats.loadAverage());
                }
                if (everyone > 0) {
                    try (Connection hub = server.connect(url)) {
                        String difference = SyncPhases.firstDifference(root.resolve("teacher"), hub);
                        check(difference == null, "after bringEveryone the teacher's PC holds exactly the hub's rows ("
                                + difference + ")");
                    }
                }
                try (Statement statement = journalView(root.resolve("teacher")); ResultSet rows = statement.executeQuery(
                        "SELECT (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM quiz_answer)")) {
                    rows.next();
                    System.out.printf("teacher's PC now holds %,d learners and %,d answers; its file is %,d bytes%n",
                            rows.getLong(1), rows.getLong(2), Files.size(root.resolve("teacher").resolve("jaga.db")));
                    statement.getConnection().close();
                }
            }
        } finally {
            Stats.deleteRecursively(root);
        }
    }

    /** The generated school's history on a fresh hub, sent by one PC as its first push after pairing; the hub's URL. */
    static String loadSchool(Server server, Path root, int learners) throws Exception {
        String url = freshHub(server, "school_hub");
        // The school's history on the hub: generated as for ProgressBench, sent by one PC.
        Path school = root.resolve("school");
        long t0 = System.nanoTime();
        GeneratedSchool.write(DataDirectory.prepare(school), learners);
        System.out.printf("%ndashboard: generated %,d learners x %d modules x %d attempts x %d answers in %.1f s; load %s%n",
                learners, GeneratedSchool.MODULES, GeneratedSchool.ATTEMPTS, GeneratedSchool.ANSWERS,
                (System.nanoTime() - t0) / 1e9, Stats.loadAverage());
        try (Database database = open(school); SyncJournal journal = new SyncJournal(database)) {
            journal.pair(url, PC_USER, PC_PASSWORD, HubSchema.VERSION);
            int waiting = journal.waiting();
            long t1 = System.nanoTime();
            HubSync.Pushed pushed = new HubSync(journal, "bench").push(TIMEOUT);
            double seconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("school-push: the whole school's history (%,d entries queued at pairing) sent by one PC:"
                            + " %,d rows in %d batches, %.1f s = %,.0f rows/s; load %s%n", waiting, pushed.rowsSent(),
                    pushed.batches(), seconds, pushed.rowsSent() / seconds, Stats.loadAverage());
        }
        System.out.printf("hub size: %s%n", hubSize(server, url));
        return url;
    }

    /** Opening one class in the adult area: {bringClasses ms, classReport ms, classDashboard ms}. */
    private static double[] openClass(HubLink link, ReportService reports, DashboardRepository dashboards, long classId) {
        long t0 = System.nanoTime();
        HubLink.Freshness freshness = link.bringClasses(List.of(classId));
        long t1 = System.nanoTime();
        check(freshness == HubLink.Freshness.FROM_HUB, "the class came from the hub");
        check(reports.classReport(classId).rows().size() == GeneratedSchool.CLASS_SIZE, "the report shows the whole class");
        long t2 = System.nanoTime();
        dashboards.classDashboard(classId, ReportService.MOST_MISSED);
        long t3 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6};
    }

    // ------------------------------------------------------------------------------- the writes

    /**
     * One class period of one child on one module, each write committed as the app commits it: 4 lessons of 5
     * steps (each step saved, then the lesson completed), two chat steps with two replies each, a 10-question
     * quiz (about 70% right), a badge (two for full marks) and a review item for each question missed. About
     * 23 rows and 45 outbox entries.
     */
    static void onePeriod(Database database, long child, String module, Random random) {
        LessonProgressRepository lessons = new LessonProgressRepository(database);
        ChatChoiceRepository chats = new ChatChoiceRepository(database);
        QuizRepository quizzes = new QuizRepository(database);
        for (int lesson = 1; lesson <= 4; lesson++) {
            String lessonId = "lesson-" + lesson;
            for (int step = 0; step < 5; step++) {
                lessons.stepReached(child, module, 1, lessonId, step);
                if (step == 2 && lesson % 2 == 1) {
                    chats.recordChoice(child, module, 1, lessonId, "chat-" + lesson, "reply-" + random.nextInt(3));
                    chats.recordChoice(child, module, 1, lessonId, "chat-" + lesson, "reply-" + random.nextInt(3));
                }
            }
            lessons.completed(child, module, lessonId, 4);
        }
        long attempt = quizzes.startAttempt(child, module, 1);
        List<String> missed = new ArrayList<>();
        for (int question = 1; question <= 10; question++) {
            boolean right = random.nextInt(10) < 7;
            quizzes.recordAnswer(attempt, "q" + question, right ? "a" : "b", right ? 1.0 : 0.0, 3_000L + random.nextInt(20_000));
            if (!right) {
                missed.add("q" + question);
            }
        }
        int score = (10 - missed.size()) * 10;
        quizzes.finishAttempt(attempt, score, score >= 70);
        BadgeRepository badges = new BadgeRepository(database);
        badges.award(child, "finished-" + module, module);
        if (missed.isEmpty()) {
            badges.award(child, "full-marks-" + module, module);
        }
        ReviewRepository reviews = new ReviewRepository(database);
        for (String question : missed) {
            reviews.schedule(child, module, question, 1, LocalDate.now(database.clock()).plusDays(1));
        }
    }

    /** A class of {@code size} learners "Learner 0".. added at once (as a CSV class list); their ids. */
    static List<Long> addClass(Database database, String className, int size) {
        LearnerRepository learners = new LearnerRepository(database);
        List<LearnerRepository.NewLearner> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(new LearnerRepository.NewLearner("Learner " + i, "owl", Band.AGES_10_12, Language.EN, className));
        }
        learners.addAll(list);
        return learners.active().stream().map(jaga.model.Learner::id).toList();
    }

    // ---------------------------------------------------------------------------------- the hub

    /** The PostgreSQL server the hubs are made on: a throwaway one, or one already running (--server-url). */
    record Server(String adminUrl, String user, String password) {
        Connection connect(String url) throws SQLException {
            return java.sql.DriverManager.getConnection(url, user, password);
        }

        String urlOf(String database) {
            return adminUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database);
        }
    }

    /** Whether the school_hub database holds the generated school already (left by an earlier run on this server). */
    static boolean schoolLoaded(Server server, String url, int learners) {
        try (Connection admin = server.connect(url); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM quiz_answer)")) {
            rows.next();
            return rows.getLong(1) == learners
                    && rows.getLong(2) == (long) learners * GeneratedSchool.MODULES * GeneratedSchool.ATTEMPTS * GeneratedSchool.ANSWERS;
        } catch (SQLException noSuchDatabase) {
            return false;
        }
    }

    /** A new, empty hub database of this name (dropped first if there), set up as `jaga hub init --pc-user` does. */
    static String freshHub(Server server, String name) throws SQLException {
        try (Connection admin = server.connect(server.adminUrl()); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        String url = server.urlOf(name);
        try (Connection admin = server.connect(url)) {
            HubSchema.init(admin);
            HubSchema.createPcLogin(admin, PC_USER, PC_PASSWORD);
        }
        return url;
    }

    /** Every row of every kind on the hub (learners and classes included). */
    static long hubRows(Server server, String url) throws SQLException {
        try (Connection admin = server.connect(url); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM learner) + (SELECT COUNT(*) FROM"
                     + " school_class) + (SELECT COUNT(*) FROM lesson_progress) + (SELECT COUNT(*) FROM quiz_attempt)"
                     + " + (SELECT COUNT(*) FROM quiz_answer) + (SELECT COUNT(*) FROM chat_choice)"
                     + " + (SELECT COUNT(*) FROM badge) + (SELECT COUNT(*) FROM review_item)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String hubSize(Server server, String url) throws SQLException {
        try (Connection admin = server.connect(url); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database())),"
                     + " (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM quiz_answer)")) {
            rows.next();
            return String.format("%s on disk, %,d learners, %,d answers (%,d rows in all)", rows.getString(1), rows.getLong(2),
                    rows.getLong(3), hubRows(server, url));
        }
    }

    static String serverVersion(Server server) throws SQLException {
        try (Connection admin = server.connect(server.adminUrl()); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return "PostgreSQL " + rows.getString(1);
        }
    }

    // --------------------------------------------------------------------------------- plumbing

    static Database open(Path folder) {
        return Database.open(DataDirectory.prepare(folder), Clock.systemUTC());
    }

    private static Statement journalView(Path folder) throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + folder.resolve("jaga.db") + "?mode=ro")
                .createStatement();
    }

    static ContentCatalog bundledCatalog() {
        Path content = Path.of("content");
        return new ContentLoader(ContentLoader.resourcesOf(content, new ArrayList<>()), false).load(List.of(content));
    }

    static Path copyOf(Path folder) throws IOException {
        Path copy = Files.createTempDirectory("jaga-bench-copy");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(folder.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".lock")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return copy;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("bench check failed: " + what);
        }
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static int intOption(String[] args, String name, int fallback) {
        return Integer.parseInt(option(args, name, Integer.toString(fallback)));
    }
}
