package jaga.ui.projector;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys a teacher (or a presentation clicker, which sends Page Down and Page Up) steers
 * projector mode with. Caught before the focused control sees them, so Right and Left step the
 * lesson instead of moving focus between buttons; Tab still moves focus, and Space on a focused
 * button presses that button.
 */
final class ProjectorKeys {
    private final ProjectorViewModel model;
    private final Runnable toggleFullScreen;

    ProjectorKeys(ProjectorViewModel model, Runnable toggleFullScreen) {
        this.model = model;
        this.toggleFullScreen = toggleFullScreen;
    }

    /** For an event filter: handles and consumes the projector's keys, leaves every other key alone. */
    void handle(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || model.slide() == null) {
            return;
        }
        KeyCode code = event.getCode();
        boolean handled = true;
        switch (code) {
            case RIGHT, PAGE_DOWN -> model.next();
            case LEFT, PAGE_UP -> model.back();
            case R -> model.reveal();
            case T -> model.tryAnotherPath();
            case N -> model.toggleNotes();
            case F11 -> toggleFullScreen.run();
            default -> handled = false;
        }
        if (!handled && code.isDigitKey() && digit(code) > 0) {
            model.voteFor(digit(code), event.isShiftDown() ? -1 : +1);
            handled = true;
        } else if (!handled && code.isLetterKey() && code.getName().length() == 1) {
            handled = model.slide().atChatChoice() && model.slide().options().stream()
                    .anyMatch(o -> o.letter().equals(code.getName()));
            if (handled) {
                model.chooseLetter(code.getName());
            }
        }
        if (handled) {
            event.consume();
        }
    }

    /** Space steps on, unless a focused button took it first (handler, not filter). */
    void handleUnconsumed(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE && model.slide() != null) {
            model.next();
            event.consume();
        }
    }

    private static int digit(KeyCode code) {
        String name = code.getName(); // "1" or "Numpad 1"
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }
}
