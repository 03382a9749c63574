package jaga.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Age bands, following Malaysian school levels. */
public enum Band {
    AGES_7_9("7-9"),
    AGES_10_12("10-12"),
    AGES_13_17("13-17"),
    ADULTS("adults");

    private final String code;

    Band(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The code, so a message key built as {@code "band.short." + band} stays right. */
    @Override
    public String toString() {
        return code;
    }

    public static Optional<Band> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
