package jaga.progress.hub;

import jaga.progress.SyncJournal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background link to the school hub: every few seconds, or at once when nudged, it pushes
 * what is waiting and pulls the roster; when the hub is away it waits longer each time (up to a
 * minute) and tries again. It runs on its own daemon thread and tells listeners its {@link Status}.
 */
public final class HubLink implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HubLink.class.getName());
    static final Duration INTERVAL = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    /** Where the link stands, for the status line a child and an adult see. */
    public enum State { NOT_PAIRED, SENDING, UP_TO_DATE, HUB_AWAY, NEEDS_ADULT }

    /** {@code waiting}: outbox entries not yet on the hub; {@code message}: for adults when something needs them. */
    public record Status(State state, int waiting, Instant lastSent, String message) {}

    private final SyncJournal journal;
    private final HubSync sync;
    private final Clock clock;
    private final Duration timeout;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition nudged = lock.newCondition();
    private volatile Status status;
    private volatile boolean running = true;
    private volatile Long followed;
    private boolean nudge;
    private Thread thread;

    public HubLink(SyncJournal journal, String jagaVersion, Clock clock, Duration timeout) {
        this.journal = journal;
        this.sync = new HubSync(journal, jagaVersion);
        this.clock = clock;
        this.timeout = timeout;
        this.status = new Status(journal.link().isPresent() ? State.SENDING : State.NOT_PAIRED, journal.waiting(), null, null);
    }

    public HubSync sync() {
        return sync;
    }

    public SyncJournal journal() {
        return journal;
    }

    public Status status() {
        return status;
    }

    /** Called with every new status, on the link's thread, until the returned action is run. */
    public Runnable onStatus(Consumer<Status> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::run, "jaga-hub-link");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Sync soon: after an adult paired or unpaired this computer. (A child's saved work goes with the
     * next round, at most {@link #INTERVAL} later: nothing a child does waits on the link.)
     */
    public void nudge() {
        lock.lock();
        try {
            nudge = true;
            nudged.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** One push and roster pull now, on the caller's thread (the CLI's `hub sync`, and tests). */
    public HubSync.Pushed syncOnce() {
        try {
            HubSync.Pushed pushed = sync.push(timeout);
            Long learner = followed;
            Optional<String> uid = learner == null ? Optional.empty() : journal.learnerUid(learner);
            if (uid.isPresent()) {
                sync.pullLearners(List.of(uid.get()), timeout); // the roster too
            } else {
                sync.pullRoster(timeout);
            }
            publish(new Status(State.UP_TO_DATE, journal.waiting(), clock.instant(), null));
            return pushed;
        } catch (HubException.Unreachable e) {
            publish(new Status(State.HUB_AWAY, journal.waiting(), status.lastSent(), e.getMessage()));
            throw e;
        } catch (HubException e) {
            publish(new Status(State.NEEDS_ADULT, journal.waiting(), status.lastSent(), e.getMessage()));
            throw e;
        }
    }

    private void run() {
        Duration wait = INTERVAL;
        while (running) {
            if (journal.link().isEmpty()) {
                publish(new Status(State.NOT_PAIRED, 0, null, null));
                wait = INTERVAL;
            } else {
                try {
                    if (journal.waiting() > 0 || status.state() != State.UP_TO_DATE) {
                        // While the hub is away (or needs an adult), each try keeps saying so, with the
                        // count brought up to date: the child's line does not flip to "sending" and back.
                        boolean trouble = status.state() == State.HUB_AWAY || status.state() == State.NEEDS_ADULT;
                        publish(trouble ? new Status(status.state(), journal.waiting(), status.lastSent(), status.message())
                                : new Status(State.SENDING, journal.waiting(), status.lastSent(), null));
                    }
                    syncOnce();
                    wait = INTERVAL;
                } catch (HubException e) {
                    wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
                    LOG.log(Level.INFO, "school hub: {0} (next try in {1} s)", new Object[] {e.getMessage(), wait.toSeconds()});
                } catch (RuntimeException e) {
                    // A local failure (a full disk, say): say so and keep trying; the child's work is in SQLite.
                    publish(new Status(State.NEEDS_ADULT, safeWaiting(), status.lastSent(), e.getMessage()));
                    LOG.log(Level.WARNING, "school hub link: " + e.getMessage(), e);
                    wait = LONGEST_WAIT;
                }
            }
            sleep(wait);
        }
    }

    private int safeWaiting() {
        try {
            return journal.waiting();
        } catch (RuntimeException e) {
            return status.waiting();
        }
    }

    private void sleep(Duration wait) {
        lock.lock();
        try {
            long left = wait.toNanos();
            while (running && !nudge && left > 0) {
                left = nudged.awaitNanos(left);
            }
            nudge = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void publish(Status next) {
        status = next;
        for (Consumer<Status> listener : listeners) {
            listener.accept(next);
        }
    }

    /**
     * The child now using this computer (or null): each round also brings their rows, so work they
     * did at another seat while the hub was away arrives here when it comes back.
     */
    public void follow(Long learnerId) {
        followed = learnerId;
    }

    /** Where the rows a screen is about to show came from. */
    public enum Freshness { NOT_PAIRED, FROM_HUB, ONLY_THIS_COMPUTER }

    /** How long a child waits at sign-in for their work from another seat before going on with what is here. */
    public static final Duration SIGN_IN_BUDGET = Duration.ofSeconds(2);

    /**
     * Brings a child's rows from the hub (their work at another seat) within {@link #SIGN_IN_BUDGET},
     * after sending what is waiting here. Never throws for a hub that is away: the child goes on
     * with what this computer has, and the status line says so. Call it off the JavaFX thread.
     */
    public Freshness bringLearner(long learnerId) {
        // No push first: a backlog could take longer than the budget, the merges do not depend on the
        // order, and the link's own thread sends this computer's work anyway.
        return bring("at sign-in", SIGN_IN_BUDGET, true, () -> journal.learnerUid(learnerId).map(List::of));
    }

    /**
     * Brings every member of these classes (their uids as this computer knows them after a roster
     * pull), for a teacher's dashboard and reports: the whole class, whichever computer each child used.
     */
    public Freshness bringClasses(List<Long> classIds) {
        return bring("for a class", timeout, false, () -> {
            List<String> uids = new java.util.ArrayList<>();
            for (long classId : classIds) {
                uids.addAll(journal.classMemberUids(classId));
            }
            return Optional.of(uids);
        });
    }

    /** Sends what waits and brings the class lists (before a class list is imported here). */
    public Freshness bringRoster() {
        return bring("before a class list", timeout, false, Optional::empty);
    }

    /**
     * Brings the class lists and profiles that changed on the hub (not anyone's work), so an adult
     * choosing a class sees classes made on other computers since the link's last round. Waits no
     * longer than a child at sign-in: the page it comes before is still to be drawn.
     */
    public Freshness bringClassLists() {
        if (journal.link().isEmpty()) {
            return Freshness.NOT_PAIRED;
        }
        try {
            sync.pullRoster(SIGN_IN_BUDGET);
            return Freshness.FROM_HUB;
        } catch (HubException e) {
            LOG.log(Level.INFO, "school hub for the class lists: {0}", e.getMessage());
            return Freshness.ONLY_THIS_COMPUTER;
        }
    }

    /** Brings every learner the hub has (a family or a small school's whole view). */
    public Freshness bringEveryone() {
        return bring("for everyone", timeout, false, () -> Optional.of(journal.allLearnerUids()));
    }

    /**
     * Sends what is waiting (except at sign-in), brings the roster, then the rows of the learners
     * {@code whose} names (asked after the roster is in, so learners new here are found). Never throws
     * for the hub.
     */
    private Freshness bring(String what, Duration limit, boolean atSignIn,
                            java.util.function.Supplier<Optional<List<String>>> whose) {
        if (journal.link().isEmpty()) {
            return Freshness.NOT_PAIRED;
        }
        try {
            sync.bring(!atSignIn, () -> whose.get().orElse(null), limit);
            return Freshness.FROM_HUB;
        } catch (HubException e) {
            LOG.log(Level.INFO, "school hub {0}: {1}", new Object[] {what, e.getMessage()});
            if (atSignIn) { // the child sees on the status line that only this computer's work is shown
                publish(new Status(e instanceof HubException.Unreachable ? State.HUB_AWAY : State.NEEDS_ADULT,
                        safeWaiting(), status.lastSent(), e.getMessage()));
            }
            return Freshness.ONLY_THIS_COMPUTER;
        }
    }

    /** Checks the hub and pairs this computer with it; throws with a plain message if it cannot. */
    public void pair(HubAddress address) {
        int version = HubSync.check(address, timeout);
        journal.pair(address.url(), address.user(), address.password(), version);
        nudge();
    }

    public void unpair() {
        journal.unpair();
        publish(new Status(State.NOT_PAIRED, 0, null, null));
        nudge();
    }

    /** The link's last word on the hub, if it had trouble. */
    public Optional<String> problem() {
        return Optional.ofNullable(status.message());
    }

    @Override
    public void close() {
        running = false;
        nudge();
        Thread running = thread;
        if (running != null) {
            try {
                // Closing Jaga never waits for a slow hub: an unfinished push is simply sent again next time.
                running.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
