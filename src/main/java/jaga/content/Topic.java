package jaga.content;

import com.fasterxml.jackson.annotation.JsonValue;

/** The subjects of the curriculum, as written in module.json. */
public enum Topic {
    GROOMING("grooming"),
    SCAMS("scams"),
    IMAGES("images"),
    CYBERBULLYING("cyberbullying"),
    PRIVACY("privacy"),
    MISINFORMATION("misinformation"),
    UPSETTING("upsetting"),
    GAMES("games");

    private final String code;

    Topic(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
