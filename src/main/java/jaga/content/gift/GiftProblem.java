package jaga.content.gift;

/** Something in a GIFT file that could not be used as written. The message always names the line. */
public record GiftProblem(int line, boolean error, String message) {

    public static GiftProblem error(int line, String message) {
        return new GiftProblem(line, true, message);
    }

    public static GiftProblem warning(int line, String message) {
        return new GiftProblem(line, false, message);
    }

    /** {@code message}, prefixed with "warning: " for warnings. */
    public String format() {
        return error ? message : "warning: " + message;
    }
}
