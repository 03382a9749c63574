package jaga.content;

import com.fasterxml.jackson.annotation.JsonValue;

/** The six subjects of the curriculum, as written in module.json. */
public enum Topic {
    GROOMING("grooming"),
    SCAMS("scams"),
    IMAGES("images"),
    CYBERBULLYING("cyberbullying"),
    PRIVACY("privacy"),
    MISINFORMATION("misinformation");

    private final String code;

    Topic(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
