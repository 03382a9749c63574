package jaga.progress;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The adult PIN that guards adding learners and the adult area. Only a salted
 * PBKDF2-HMAC-SHA256 hash is stored ({@link SecretHash}), with its parameters beside it;
 * the recovery code shown once at setup is hashed the same way. Five wrong tries in a row lock
 * the PIN for a while, longer each time. Resetting with the recovery code changes only the PIN:
 * no child's progress is touched.
 */
public final class AdultPin {
    static final int TRIES_BEFORE_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final String PIN = "adult.pin";
    private static final String RECOVERY = "adult.recovery";
    private static final String FAILURES = "adult.pin.failures";
    private static final String LOCKS = "adult.pin.locks";
    private static final String LOCKED_UNTIL = "adult.pin.lockedUntil";
    private static final char[] CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SettingsRepository settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AdultPin(SettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** What checking a PIN gave. */
    public sealed interface Check {
        record Accepted() implements Check {}

        record Wrong(int triesLeft) implements Check {}

        record Locked(Instant until) implements Check {}
    }

    /**
     * Whether an adult setting belongs to the PIN: its hash, the recovery code's hash, or the
     * count of wrong tries and the lock. These never leave this computer in an export and are never
     * taken from one (a 4-digit PIN's hash falls to an offline search in minutes).
     */
    public static boolean isPinSetting(String key) {
        return key != null && (key.equals(PIN) || key.equals(RECOVERY) || key.startsWith(PIN + ".")
                || key.startsWith(RECOVERY + "."));
    }

    public static boolean isWellFormed(String pin) {
        return pin != null && pin.matches("\\d{4,8}");
    }

    public boolean isSet() {
        return settings.get(PIN).isPresent();
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
        Optional<Instant> lockedUntil = settings.get(LOCKED_UNTIL).map(Instant::parse);
        if (lockedUntil.isPresent() && now.isBefore(lockedUntil.get())) {
            return new Check.Locked(lockedUntil.get());
        }
        String stored = settings.get(PIN).orElseThrow(() -> new IllegalStateException("no adult PIN is set"));
        if (SecretHash.matches(pin, stored)) {
            settings.put(FAILURES, "0");
            settings.put(LOCKS, "0");
            return new Check.Accepted();
        }
        int failures = Integer.parseInt(settings.get(FAILURES).orElse("0")) + 1;
        if (failures >= TRIES_BEFORE_LOCK) {
            int locks = Integer.parseInt(settings.get(LOCKS).orElse("0"));
            Instant until = now.plus(FIRST_LOCK.multipliedBy(1L << Math.min(locks, 10)));
            settings.put(LOCKED_UNTIL, until.toString());
            settings.put(LOCKS, Integer.toString(locks + 1));
            settings.put(FAILURES, "0");
            return new Check.Locked(until);
        }
        settings.put(FAILURES, Integer.toString(failures));
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
        String stored = settings.get(RECOVERY).orElseThrow(() -> new IllegalStateException("no adult PIN is set"));
        if (!SecretHash.matches(normalise(recoveryCode), stored)) {
            return Optional.empty();
        }
        settings.put(LOCKED_UNTIL, Instant.EPOCH.toString());
        settings.put(FAILURES, "0");
        settings.put(LOCKS, "0");
        return Optional.of(store(newPin));
    }

    private String store(String pin) {
        if (!isWellFormed(pin)) {
            throw new IllegalArgumentException("a PIN is 4 to 8 digits");
        }
        String code = recoveryCode();
        settings.put(PIN, SecretHash.hash(pin));
        settings.put(RECOVERY, SecretHash.hash(normalise(code)));
        settings.put(FAILURES, "0");
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
