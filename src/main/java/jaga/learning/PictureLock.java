package jaga.learning;

import java.util.List;

/**
 * A picture lock for a learner on a shared computer: three taps on a grid of nine pictures
 * instead of a password a young child could not keep. Only a salted hash of the sequence is stored.
 */
public final class PictureLock {
    /** Picture ids, in the order the grid shows them; the screens give each its picture and name. */
    public static final List<String> PICTURES =
            List.of("sun", "moon", "star", "tree", "flower", "apple", "ball", "car", "umbrella");
    public static final int LENGTH = 3;

    private PictureLock() {}

    /** Three pictures from the set; the same picture may come more than once. */
    public static boolean isValid(List<String> pictures) {
        return pictures != null && pictures.size() == LENGTH && PICTURES.containsAll(pictures);
    }
}
