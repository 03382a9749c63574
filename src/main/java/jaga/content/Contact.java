package jaga.content;

/**
 * A place to get help, written once in content/resources.json and referred to by id. At least
 * one way to reach it (phone, WhatsApp, link or email) is given.
 */
public record Contact(
        String id,
        String country,
        ContactAudience audience,
        LocalizedText name,
        String phone,
        String whatsapp,
        String link,
        String email,
        LocalizedText hours,
        LocalizedText purpose) {

    /** Whether a child should be shown this contact, or only adults. */
    public enum ContactAudience {
        @com.fasterxml.jackson.annotation.JsonProperty("everyone") EVERYONE,
        @com.fasterxml.jackson.annotation.JsonProperty("adults") ADULTS
    }
}
