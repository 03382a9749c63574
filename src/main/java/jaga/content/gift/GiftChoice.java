package jaga.content.gift;

/**
 * One answer of a GIFT question: {@code =} marks it correct, {@code ~} not; {@code weight} is the
 * {@code %n%} percentage when written (null otherwise); {@code feedback} follows {@code #}.
 */
public record GiftChoice(int line, boolean correct, Double weight, GiftText text, GiftText feedback) {

    /** The share of the marks this answer is worth, in percent: the weight if written, else 100 for = and 0 for ~. */
    public double percent() {
        return weight != null ? weight : correct ? 100 : 0;
    }
}
