package jaga.progress.hub;

import jaga.progress.SyncJournal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * For the hub benchmarks only (jaga.bench.HubBench): the same steps as {@link HubSync#push} and
 * {@link HubSync#pullLearners}, with the batch size as a parameter and the time of each phase measured
 * apart, to see where the time goes: for a push, reading the batch from the outbox (SQLite), applying
 * it on the hub ({@link HubWriter}), the hub's COMMIT, and marking it sent (SQLite); for a pull,
 * connecting, reading from the hub ({@link HubReader}) and merging here ({@code SyncJournal.applyPulled}).
 */
public final class SyncPhases {
    private SyncPhases() {}

    /** What one push did and where its time went (nanoseconds). */
    public record Result(int entries, int rows, int batches, long connectNanos, long readNanos, long applyNanos,
                         long commitNanos, long markNanos, long totalNanos) {
        public String describe() {
            return String.format("%,d entries, %,d rows in %d batches, %.0f ms: connect+check %.0f, read outbox %.0f,"
                            + " apply on hub %.0f, hub commit %.0f, mark sent %.0f",
                    entries, rows, batches, totalNanos / 1e6, connectNanos / 1e6, readNanos / 1e6, applyNanos / 1e6,
                    commitNanos / 1e6, markNanos / 1e6);
        }
    }

    public static Result push(SyncJournal journal, int batchSize, Duration timeout) throws SQLException {
        long begun = System.nanoTime();
        SyncJournal.HubLink link = journal.link().orElseThrow();
        HubAddress address = new HubAddress(link.url(), link.user(), link.password());
        long connect;
        long read = 0;
        long apply = 0;
        long commit = 0;
        long mark = 0;
        int entries = 0;
        int rows = 0;
        int batches = 0;
        try (Connection hub = address.connect(timeout)) {
            journal.noteHubVersion(HubSchema.requireCompatible(hub, address));
            String pcUid = journal.pcUid();
            hub.setAutoCommit(false);
            connect = System.nanoTime() - begun;
            while (true) {
                long t0 = System.nanoTime();
                SyncJournal.Batch batch = journal.nextBatch(batchSize);
                long t1 = System.nanoTime();
                read += t1 - t0;
                if (batch.isEmpty()) {
                    break;
                }
                new HubWriter(hub).apply(batch.rows(), pcUid, "bench");
                long t2 = System.nanoTime();
                hub.commit();
                long t3 = System.nanoTime();
                journal.markSent(batch.lastSeq());
                long t4 = System.nanoTime();
                apply += t2 - t1;
                commit += t3 - t2;
                mark += t4 - t3;
                entries += batch.entries();
                rows += batch.rows().size();
                batches++;
            }
        }
        return new Result(entries, rows, batches, connect, read, apply, commit, mark, System.nanoTime() - begun);
    }

    /** Where one {@link HubSync#pullLearners} spent its time (nanoseconds). */
    public record Pulled(int rosterRows, int learnerRows, long connectNanos, long rosterReadNanos, long rosterApplyNanos,
                         long rowsReadNanos, long rowsApplyNanos, long totalNanos) {
        public String describe() {
            return String.format("roster %,d rows, learners' %,d rows, %.1f ms: connect+check %.1f, roster read %.1f,"
                            + " roster merge %.1f, rows read %.1f, rows merge %.1f",
                    rosterRows, learnerRows, totalNanos / 1e6, connectNanos / 1e6, rosterReadNanos / 1e6,
                    rosterApplyNanos / 1e6, rowsReadNanos / 1e6, rowsApplyNanos / 1e6);
        }
    }

    public static Pulled pullLearners(SyncJournal journal, java.util.List<String> learnerUids, Duration timeout)
            throws SQLException {
        long begun = System.nanoTime();
        SyncJournal.HubLink link = journal.link().orElseThrow();
        HubAddress address = new HubAddress(link.url(), link.user(), link.password());
        try (Connection hub = address.connect(timeout)) {
            HubSchema.requireCompatible(hub, address);
            HubReader reader = new HubReader(hub);
            long t0 = System.nanoTime();
            HubReader.Roster roster = reader.rosterSince(journal.pulledUpTo());
            long t1 = System.nanoTime();
            journal.applyPulled(roster.rows());
            journal.setPulledUpTo(roster.upToChange());
            long t2 = System.nanoTime();
            HubReader.LearnerRows pulled = reader.learnerRowsSince(journal.pullMarks(learnerUids).entrySet().stream()
                    .map(mark -> new HubReader.Since(mark.getKey(), mark.getValue())).toList());
            java.util.List<jaga.progress.SyncRows.Row> rows = pulled.rows();
            long t3 = System.nanoTime();
            journal.applyPulled(rows);
            journal.setPullMarks(learnerUids, pulled.nextMark());
            long t4 = System.nanoTime();
            return new Pulled(roster.rows().size(), rows.size(), t0 - begun, t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - begun);
        }
    }

    /** Whether a PC's progress file and the hub hold the same rows, kind by kind ({@link RowSets}); null if so, else the first kind that differs. */
    public static String firstDifference(java.nio.file.Path dataDir, Connection hub) {
        java.util.Map<String, java.util.Set<String>> pc = RowSets.ofPc(dataDir);
        java.util.Map<String, java.util.Set<String>> onHub = RowSets.ofHub(hub);
        for (String kind : pc.keySet()) {
            if (!pc.get(kind).equals(onHub.get(kind))) {
                return kind + ": " + pc.get(kind).size() + " rows on the PC, " + onHub.get(kind).size() + " on the hub";
            }
        }
        return null;
    }
}
