package jaga.progress.hub;

import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.BadgeRepository;
import jaga.progress.ChatChoiceRepository;
import jaga.progress.DataDirectory;
import jaga.progress.DataTransfer;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.progress.LearnerRepository;
import jaga.progress.LessonProgressRepository;
import jaga.progress.QuizRepository;
import jaga.progress.ReviewRepository;
import jaga.progress.StepWorkRepository;
import jaga.progress.SyncJournal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One lab computer in its own JVM, with its own SQLite file, driven line by line on standard
 * input so a test can interleave computers, outages and kills. Every write answers
 * {@code committed <what> end} once committed (the crash tests' promise); other commands answer one
 * line. Arguments: data folder, then optionally the clock's offset in days (a lab PC's wrong clock).
 *
 * <pre>
 * pair URL USER PASSWORD       add NAME BAND [CLASS]   lesson L MODULE LESSON STEP   done L MODULE LESSON STEP
 * attempt L MODULE             answer A QUESTION RESPONSE CREDIT                     finish A SCORE PASSED
 * chat L MODULE LESSON STEP CHOICE                     badge L BADGE MODULE          review L MODULE QUESTION BOX
 * rename L NAME                push [TIMEOUT_S]        push-async [TIMEOUT_S]        await-push
 * work L MODULE STEP VALUE     stepwork L MODULE       name L                        delete L
 * push-then-die                bring L                 waiting                       import FILE     export FILE
 * script N SEED   (N random writes for learner 1, each committed, a push every 25; a chat reply also saves its step's work)   quit
 * </pre>
 */
public final class SimulatedPc {
    private final Database database;
    private final SyncJournal journal;
    private final HubSync sync;
    private final HubLink link;
    private final PrintStream out;
    private CompletableFuture<String> pushing;

    private SimulatedPc(Database database, PrintStream out) {
        this.database = database;
        this.journal = new SyncJournal(database);
        this.sync = new HubSync(journal, "test");
        this.link = new HubLink(journal, "test", database.clock(), Duration.ofSeconds(2));
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        long offsetDays = args.length > 1 ? Long.parseLong(args[1]) : 0;
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(offsetDays));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Database database = Database.open(DataDirectory.prepare(Path.of(args[0])), clock)) {
            SimulatedPc pc = new SimulatedPc(database, out);
            out.println("ready");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.equals("quit")) {
                    break;
                }
                try {
                    pc.run(line.split(" "));
                } catch (RuntimeException e) {
                    out.println("error " + e.getClass().getSimpleName() + " " + e.getMessage());
                }
            }
            pc.journal.close();
        }
        out.println("bye");
    }

    private void run(String[] word) throws Exception {
        switch (word[0]) {
            case "pair" -> {
                link.pair(new HubAddress(word[1], word[2], word.length > 3 ? word[3] : ""));
                out.println("paired " + journal.waiting());
            }
            case "add" -> {
                Learner learner = word.length > 3
                        ? addToClass(word[1], word[2], word[3]) : learners().create(word[1], "owl", Band.fromCode(word[2]).orElseThrow(), Language.EN);
                out.println("committed learner " + learner.id() + " " + uid(learner.id()) + " end");
            }
            case "lesson" -> {
                new LessonProgressRepository(database).stepReached(id(word[1]), word[2], 1, word[3], Integer.parseInt(word[4]));
                out.println("committed lesson " + word[2] + " " + word[3] + " " + word[4] + " end");
            }
            case "done" -> {
                new LessonProgressRepository(database).completed(id(word[1]), word[2], word[3], Integer.parseInt(word[4]));
                out.println("committed done " + word[2] + " " + word[3] + " end");
            }
            case "attempt" -> out.println("committed attempt " + new QuizRepository(database).startAttempt(id(word[1]), word[2], 1)
                    + " end");
            case "answer" -> {
                new QuizRepository(database).recordAnswer(id(word[1]), word[2], word[3], Double.parseDouble(word[4]), 1000L);
                out.println("committed answer " + word[1] + " " + word[2] + " end");
            }
            case "finish" -> {
                new QuizRepository(database).finishAttempt(id(word[1]), Integer.parseInt(word[2]), Boolean.parseBoolean(word[3]));
                out.println("committed finish " + word[1] + " end");
            }
            case "chat" -> {
                new ChatChoiceRepository(database).recordChoice(id(word[1]), word[2], 1, word[3], word[4], word[5]);
                out.println("committed chat " + word[4] + " " + word[5] + " end");
            }
            case "badge" -> {
                new BadgeRepository(database).award(id(word[1]), word[2], word[3]);
                out.println("committed badge " + word[2] + " end");
            }
            case "review" -> {
                new ReviewRepository(database).schedule(id(word[1]), word[2], word[3], Integer.parseInt(word[4]),
                        LocalDate.now(database.clock()).plusDays(Integer.parseInt(word[4])));
                out.println("committed review " + word[3] + " " + word[4] + " end");
            }
            case "rename" -> {
                Learner learner = learners().find(id(word[1])).orElseThrow();
                learners().update(learner.id(), word[2], learner.avatar(), learner.band(), learner.language());
                out.println("committed rename " + word[2] + " end");
            }
            case "work" -> {
                new StepWorkRepository(database).save(id(word[1]), word[2], word[3], word[4]);
                out.println("committed work " + word[3] + " end");
            }
            // `stepwork L MODULE` = step=value, sorted; `name L` = the learner's name here
            case "stepwork" -> out.println("stepwork " + String.join(" ", new StepWorkRepository(database)
                    .forModule(id(word[1]), word[2]).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .sorted().toList()));
            case "name" -> out.println("name " + learners().find(id(word[1])).orElseThrow().displayName());
            case "delete" -> {
                learners().delete(id(word[1]));
                out.println("committed delete " + word[1] + " end");
            }
            case "push" -> out.println(push(timeout(word)));
            case "push-async" -> {
                Duration timeout = timeout(word);
                pushing = CompletableFuture.supplyAsync(() -> push(timeout));
                out.println("pushing");
            }
            case "await-push" -> out.println(pushing.get());
            case "push-then-die" -> pushThenDie();
            case "bring" -> out.println("brought " + link.bringLearner(id(word[1])));
            case "waiting" -> out.println("waiting " + journal.waiting());
            case "export" -> {
                DataTransfer.write(new DataTransfer(database).exportEverything(), Path.of(word[1]), true);
                out.println("exported");
            }
            case "import" -> out.println("imported " + new DataTransfer(database).importData(DataTransfer.read(Path.of(word[1])))
                    .recordsAdded());
            // merge tests: `roster` = the link's roster pull; `places L` = module/lesson=step[+done], sorted; `pcuid`
            case "roster" -> out.println("roster " + sync.pullRoster(timeout(word)).rowsRead());
            case "places" -> out.println("places " + String.join(" ", new LessonProgressRepository(database).places(id(word[1]))
                    .stream().map(p -> p.moduleId() + "/" + p.lessonId() + "=" + p.stepIndex() + (p.completed() ? "+done" : ""))
                    .sorted().toList()));
            case "pcuid" -> out.println("pcuid " + journal.pcUid());
            case "script" -> script(Integer.parseInt(word[1]), Long.parseLong(word[2]));
            // fault tests: one round of the background link (its own 2 s timeout), answering its state and time
            case "link-sync" -> {
                long started = System.nanoTime();
                String outcome;
                try {
                    link.syncOnce();
                    outcome = "link-synced";
                } catch (HubException e) {
                    outcome = "link-failed";
                }
                out.println(outcome + " " + link.status().state() + " " + (System.nanoTime() - started) / 1_000_000 + "ms");
            }
            default -> out.println("error unknown command " + word[0]);
        }
    }

    private String push(Duration timeout) {
        long started = System.nanoTime();
        try {
            HubSync.Pushed pushed = sync.push(timeout);
            return "pushed " + pushed.rowsSent() + " " + pushed.rowsChanged() + " " + pushed.batches();
        } catch (HubException e) {
            return "hub-failed " + e.getClass().getSimpleName() + " " + (System.nanoTime() - started) / 1_000_000 + "ms "
                    + e.getMessage().replace('\n', ' ');
        }
    }

    /** Sends one batch and has the hub commit it, then dies before marking it sent: the acknowledgement is lost. */
    private void pushThenDie() throws Exception {
        SyncJournal.HubLink hub = journal.link().orElseThrow();
        HubAddress address = new HubAddress(hub.url(), hub.user(), hub.password());
        try (Connection connection = address.connect(Duration.ofSeconds(5))) {
            connection.setAutoCommit(false);
            SyncJournal.Batch batch = journal.nextBatch(HubSync.BATCH);
            new HubWriter(connection).apply(batch.rows(), journal.pcUid(), "test");
            connection.commit();
            out.println("committed-on-hub " + batch.rows().size());
        }
        Runtime.getRuntime().halt(9);
    }

    /** A child's session: lesson steps, chat replies, quiz answers, reviews, each committed, with pushes now and then. */
    private void script(int writes, long seed) {
        java.util.Random random = new java.util.Random(seed);
        long learner = learners().active().get(0).id();
        long attempt = new QuizRepository(database).startAttempt(learner, "m" + seed, 1);
        out.println("ready");
        for (int i = 0; i < writes; i++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    new LessonProgressRepository(database).stepReached(learner, "m" + seed, 1, "l" + (i % 7), i);
                    out.println("committed lesson l" + (i % 7) + " " + i + " end");
                }
                case 1 -> {
                    new ChatChoiceRepository(database).recordChoice(learner, "m" + seed, 1, "l1", "s" + i, "c" + i);
                    // as in a lesson, the reply is also the chat step's saved work (five steps, each saved again and again)
                    new StepWorkRepository(database).save(learner, "m" + seed, "s" + i % 5, "1|1|0|0|c" + i);
                    out.println("committed chat s" + i + " end");
                }
                case 2 -> {
                    new QuizRepository(database).recordAnswer(attempt, "q" + i, "r" + i, 1.0, 10L);
                    out.println("committed answer q" + i + " end");
                }
                default -> {
                    new ReviewRepository(database).schedule(learner, "m" + seed, "q" + i, 1 + i % 5, LocalDate.of(2027, 1, 1));
                    out.println("committed review q" + i + " end");
                }
            }
            if (i % 25 == 24) {
                out.println(push(Duration.ofSeconds(2)));
            }
        }
        out.println("script-done");
    }

    private Learner addToClass(String name, String band, String className) {
        learners().addAll(List.of(new LearnerRepository.NewLearner(name, "owl", Band.fromCode(band).orElseThrow(), Language.EN, className.replace('_', ' '))));
        return learners().named(name).stream().map(p -> learners().find(p.id()).orElseThrow())
                .reduce((a, b) -> b).orElseThrow();
    }

    private LearnerRepository learners() {
        return new LearnerRepository(database);
    }

    private String uid(long learnerId) {
        return journal.learnerUid(learnerId).orElseThrow();
    }

    private static long id(String word) {
        return Long.parseLong(word);
    }

    private static Duration timeout(String[] word) {
        return Duration.ofSeconds(word.length > 1 ? Long.parseLong(word[1]) : 2);
    }
}
