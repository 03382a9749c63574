package jaga.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a learner has done in one practice step, saved the moment they do it so the step can be
 * drawn again as they left it (after a restart, a language switch): in a chat, which try it is and
 * the replies picked in it; when spotting flags, the messages flagged; in a check, the answer
 * given (as {@link Response#encode()} writes it). {@code checked} is true once the learner has
 * pressed Check (the flags or answer are then marked and explained), or for a chat, once it was
 * played to an ending (it stays done when the child tries it again).
 *
 * @param contentVersion the module's version it was saved for: work from older content is not redrawn
 */
public record StepWork(int contentVersion, int attempt, boolean checked, List<String> picks) {
    private static final String FORMAT = "1";
    private static final String SEPARATOR = "\u001f";

    public StepWork {
        picks = List.copyOf(picks);
    }

    /** One line of text, as stored with the learner (see docs/data-format.md). */
    public String encode() {
        List<String> parts = new ArrayList<>(List.of(FORMAT, Integer.toString(contentVersion),
                Integer.toString(attempt), checked ? "1" : "0"));
        parts.addAll(picks);
        return String.join(SEPARATOR, parts);
    }

    /** The work saved as {@link #encode()} wrote it; empty for anything it cannot read. */
    public static Optional<StepWork> decode(String text) {
        String[] parts = text.split(SEPARATOR, -1);
        if (parts.length < 4 || !parts[0].equals(FORMAT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StepWork(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3].equals("1"),
                    Arrays.asList(parts).subList(4, parts.length)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
