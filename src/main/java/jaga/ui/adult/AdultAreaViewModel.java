package jaga.ui.adult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The adult area behind the PIN: which section is open, and the lock. Leaving the area, or five
 * minutes with no key or mouse, locks it again, so a child who sits down at an unattended PC finds
 * the PIN card, not the class's results.
 */
public final class AdultAreaViewModel {
    public static final Duration IDLE_LOCK = Duration.ofMinutes(5);

    /** The parts of the adult area, in the order the side bar lists them. */
    public enum Section { FAMILY, LEARNERS, CLASSES, FILES, HUB, PROJECTOR, GUIDES, CONTENT }

    private final PinGateViewModel gate;
    private final Clock clock;
    private final Runnable onLeave;
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private Instant lastActivity;

    public AdultAreaViewModel(PinGateViewModel gate, Clock clock, Runnable onLeave) {
        this.gate = Objects.requireNonNull(gate);
        this.clock = Objects.requireNonNull(clock);
        this.onLeave = Objects.requireNonNull(onLeave);
    }

    /** Asks for the PIN; the area opens once it is given. */
    public void open() {
        unlocked.set(false);
        gate.open(() -> {
            lastActivity = clock.instant();
            unlocked.set(true);
        });
    }

    /**
     * Opens at once on {@code start}: the adult set or gave the PIN a moment ago on the screen
     * they came from. The area still locks when left or idle.
     */
    public void openGiven(Section start) {
        lastActivity = clock.instant();
        section.set(start);
        unlocked.set(true);
    }

    /** A key or the mouse was used in the area: the idle clock starts again. */
    public void noteActivity() {
        if (unlocked.get()) {
            lastActivity = clock.instant();
        }
    }

    /** Locks the area if nobody has used it for {@link #IDLE_LOCK}; called every few seconds. */
    public void checkIdle() {
        if (unlocked.get() && !clock.instant().isBefore(lastActivity.plus(IDLE_LOCK))) {
            open();
        }
    }

    /** Locks the area and goes back to the children's screen. */
    public void leave() {
        unlocked.set(false);
        gate.close();
        onLeave.run();
    }

    public PinGateViewModel gate() {
        return gate;
    }

    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }
}
