package jaga.learning;

import jaga.progress.PinSettings;
import jaga.progress.SettingsRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The adult PIN that guards adding learners and the adult area, and its rules: a PIN is 4 to 8
 * digits; five wrong tries in a row lock it for a while, longer each time; the recovery code shown
 * once at setup sets a new PIN and lifts the lock, and touches no child's progress. What is kept
 * (only hashes) is {@link PinSettings}'s.
 */
public final class AdultPin {
    static final int TRIES_BEFORE_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final char[] CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final PinSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AdultPin(SettingsRepository settings, Clock clock) {
        this.settings = new PinSettings(settings);
        this.clock = clock;
    }

    /** What checking a PIN gave. */
    public sealed interface Check {
        record Accepted() implements Check {}

        record Wrong(int triesLeft) implements Check {}

        record Locked(Instant until) implements Check {}
    }

    public static boolean isWellFormed(String pin) {
        return pin != null && pin.matches("\\d{4,8}");
    }

    public boolean isSet() {
        return settings.isSet();
    }

    /** Sets the first PIN, and returns the recovery code to show the adult once. */
    public String setUp(String pin) {
        if (isSet()) {
            throw new IllegalStateException("the adult PIN is already set; use the recovery code to change it");
        }
        return store(pin);
    }

    public Check check(String pin) {
        Instant now = clock.instant();
        Optional<Instant> lockedUntil = settings.lockedUntil();
        if (lockedUntil.isPresent() && now.isBefore(lockedUntil.get())) {
            return new Check.Locked(lockedUntil.get());
        }
        if (settings.pinMatches(pin)) {
            settings.clearFailures();
            return new Check.Accepted();
        }
        int failures = settings.failures() + 1;
        if (failures >= TRIES_BEFORE_LOCK) {
            int locks = settings.locks();
            Instant until = now.plus(FIRST_LOCK.multipliedBy(1L << Math.min(locks, 10)));
            settings.lock(until, locks + 1);
            return new Check.Locked(until);
        }
        settings.setFailures(failures);
        return new Check.Wrong(TRIES_BEFORE_LOCK - failures);
    }

    /**
     * Whole minutes until a lock ends, rounded up and at least one: what the PIN card says ("wait 2
     * minutes"), rather than a clock time with seconds.
     */
    public long minutesUntil(Instant until) {
        long seconds = Math.max(0, java.time.Duration.between(clock.instant(), until).getSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    /** With the recovery code, sets a new PIN (and a new recovery code); progress is untouched. */
    public Optional<String> reset(String recoveryCode, String newPin) {
        if (!settings.recoveryCodeMatches(normalise(recoveryCode))) {
            return Optional.empty();
        }
        settings.unlock();
        return Optional.of(store(newPin));
    }

    private String store(String pin) {
        if (!isWellFormed(pin)) {
            throw new IllegalArgumentException("a PIN is 4 to 8 digits");
        }
        String code = recoveryCode();
        settings.store(pin, normalise(code));
        return code;
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_LETTERS[random.nextInt(CODE_LETTERS.length)]);
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
