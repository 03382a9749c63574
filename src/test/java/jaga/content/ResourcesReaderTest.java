package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.Modules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesReaderTest {

    @Test
    void theBundledContactsAreValidAndMalaysiaComesFirst() {
        ResourcesReader.Result result = new ResourcesReader().read(Modules.bundledContent().resolve("resources.json"));

        assertThat(result.problems()).isEmpty();
        Resources resources = result.resources().orElseThrow();
        assertThat(resources.contact("talian-kasih")).hasValueSatisfying(contact -> {
            assertThat(contact.phone()).isEqualTo("15999");
            assertThat(contact.whatsapp()).isEqualTo("019-261 5999");
        });
        assertThat(resources.contact("nsrc-997").orElseThrow().phone()).isEqualTo("997");
        assertThat(resources.forCountry("MY")).extracting(Contact::country).startsWith("MY").endsWith("INTL");
        assertThat(resources.forCountry("MY")).extracting(Contact::country).doesNotContain("GB");
    }

    @Test
    void aContactWithNoWayToReachItIsAnError(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("resources.json"), """
                {"formatVersion": 1, "contacts": [
                  {"id": "nowhere", "country": "MY", "audience": "everyone",
                   "name": {"en": "Nowhere", "ms": "Tiada"}, "purpose": {"en": "None", "ms": "Tiada"}},
                  {"id": "nowhere", "country": "Malaysia", "audience": "everyone", "phone": "call me",
                   "name": {"en": "Twice", "ms": "Dua kali"}, "purpose": {"en": "None", "ms": "Tiada"}}
                ]}
                """);

        ResourcesReader.Result result = new ResourcesReader().read(file);

        assertThat(result.resources()).isEmpty();
        assertThat(result.problems()).extracting(ContentProblem::format).containsExactly(
                file + ":2:3: contacts[0]: a contact needs at least one of phone, whatsapp, link or email",
                file + ":4:3: contacts[1]: a contact needs an id not used by another contact ('nowhere' is)",
                file + ":4:3: contacts[1]: a contact needs a country: a two-letter code such as MY, or INTL",
                file + ":4:3: contacts[1]: a contact needs phone numbers written as digits, spaces and hyphens ('call me' is not)");
    }
}
