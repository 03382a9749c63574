package jaga.content;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who a module is for. */
public enum Audience {
    LEARNER("learner"),
    PARENT("parent"),
    TEACHER("teacher");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
