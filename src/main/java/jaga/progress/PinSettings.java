package jaga.progress;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the adult PIN is kept: only salted PBKDF2-HMAC-SHA256 hashes of the PIN and of the recovery
 * code ({@link SecretHash}), and the count of wrong tries and the lock. The rules (how many tries,
 * how long a lock) are {@code jaga.learning.AdultPin}'s; this class only reads and writes.
 */
public final class PinSettings {
    private static final String PIN = "adult.pin";
    private static final String RECOVERY = "adult.recovery";
    private static final String FAILURES = "adult.pin.failures";
    private static final String LOCKS = "adult.pin.locks";
    private static final String LOCKED_UNTIL = "adult.pin.lockedUntil";

    private final SettingsRepository settings;

    public PinSettings(SettingsRepository settings) {
        this.settings = settings;
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

    public boolean isSet() {
        return settings.get(PIN).isPresent();
    }

    /** Keeps the hashes of a new PIN and recovery code, and forgets wrong tries. */
    public void store(String pin, String recoveryCode) {
        settings.put(PIN, SecretHash.hash(pin));
        settings.put(RECOVERY, SecretHash.hash(recoveryCode));
        settings.put(FAILURES, "0");
    }

    public boolean pinMatches(String pin) {
        return SecretHash.matches(pin, settings.get(PIN).orElseThrow(() -> new IllegalStateException("no adult PIN is set")));
    }

    public boolean recoveryCodeMatches(String code) {
        return SecretHash.matches(code, settings.get(RECOVERY)
                .orElseThrow(() -> new IllegalStateException("no adult PIN is set")));
    }

    /** Wrong tries in a row since the last right one or the last lock. */
    public int failures() {
        return Integer.parseInt(settings.get(FAILURES).orElse("0"));
    }

    public void setFailures(int failures) {
        settings.put(FAILURES, Integer.toString(failures));
    }

    /** How many times the PIN has been locked since it was last right. */
    public int locks() {
        return Integer.parseInt(settings.get(LOCKS).orElse("0"));
    }

    public Optional<Instant> lockedUntil() {
        return settings.get(LOCKED_UNTIL).map(Instant::parse);
    }

    /** Locks the PIN until {@code until}, as the {@code locks}-th lock, with the count of wrong tries back at 0. */
    public void lock(Instant until, int locks) {
        settings.put(LOCKED_UNTIL, until.toString());
        settings.put(LOCKS, Integer.toString(locks));
        settings.put(FAILURES, "0");
    }

    /** After a right PIN: no wrong tries, no locks counted. */
    public void clearFailures() {
        settings.put(FAILURES, "0");
        settings.put(LOCKS, "0");
    }

    /** After a reset with the recovery code: the lock lifted too. */
    public void unlock() {
        settings.put(LOCKED_UNTIL, Instant.EPOCH.toString());
        clearFailures();
    }
}
