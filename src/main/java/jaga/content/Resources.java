package jaga.content;

import java.util.List;
import java.util.Optional;

/** Every help contact Jaga shows, from content/resources.json. */
public record Resources(Integer formatVersion, List<Contact> contacts) {
    public static final Resources NONE = new Resources(1, List.of());

    public Resources {
        contacts = contacts == null ? null : List.copyOf(contacts);
    }

    public Optional<Contact> contact(String id) {
        return contacts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Contacts for one country (ISO code such as "MY"), then the international ones. */
    public List<Contact> forCountry(String country) {
        return java.util.stream.Stream.concat(
                contacts.stream().filter(c -> c.country().equals(country)),
                contacts.stream().filter(c -> c.country().equals("INTL"))).toList();
    }
}
