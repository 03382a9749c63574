package jaga.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests control: it stands still until moved, or with {@link #ticking} moves a minute
 * each time it is read, so every record gets its own time.
 */
public final class TestClock extends Clock {
    private Instant now;
    private final Duration tick;

    private TestClock(Instant start, Duration tick) {
        this.now = start;
        this.tick = tick;
    }

    /** Starts at 2026-11-22 08:00 UTC and stands still. */
    public static TestClock standing() {
        return new TestClock(Instant.parse("2026-11-22T08:00:00Z"), Duration.ZERO);
    }

    /** Starts at 2026-11-22 08:00 UTC and moves a minute with every reading. */
    public static TestClock ticking() {
        return new TestClock(Instant.parse("2026-11-22T08:00:00Z"), Duration.ofMinutes(1));
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        now = now.plus(tick);
        return now;
    }
}
