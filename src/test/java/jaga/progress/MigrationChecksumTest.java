package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A migration that has shipped is never edited: computers out there are already at its version
 * and would never run the edited one, so two schools would have two different "version 3"s. A
 * change to the schema is a new migration. This test knows the SHA-256 of every released
 * migration (line endings made \n, so a Windows checkout agrees); editing one fails it.
 * When a new migration ships, add its line here.
 */
class MigrationChecksumTest {

    private static final Map<String, String> RELEASED = new LinkedHashMap<>();

    static {
        RELEASED.put("V001__init.sql", "5e16e96c8eeef9455bdcc254766953e202b95065835564a10231852f00b59cd8");
        RELEASED.put("V002__classes_choices_review.sql", "7ade857a525c7155031be46cc13c134f2c00f84f1f1a6d8c4e6fdd78ee2863e0");
        RELEASED.put("V003__picture_lock_module_assignment.sql",
                "7ac39d038d663266590a780a45560e5182cfbfda239cea7d3181efabf730e13a");
        RELEASED.put("V004__school_hub_outbox.sql", "8b7bf629e65b0c0ce573f54da76f7347520a7d27b301654100113193c2763aa3");
        RELEASED.put("V005__step_work.sql", "1d09af550fdb9b682c597c6bb88f92a9359464ea0df992becbddcdec306370e2");
    }

    @Test
    void everyReleasedMigrationIsStillExactlyAsReleased() throws Exception {
        Map<String, String> now = new LinkedHashMap<>();
        for (String name : RELEASED.keySet()) {
            now.put(name, sha256(Migrations.script(name)));
        }
        assertThat(now).as("a released migration was edited; put the change in a new migration instead")
                .containsExactlyEntriesOf(RELEASED);
    }

    @Test
    void theReleasedMigrationsComeFirstInTheirOrder() {
        assertThat(Migrations.RELEASED.subList(0, RELEASED.size())).containsExactlyElementsOf(RELEASED.keySet());
    }

    @Test
    void everyMigrationJagaRunsHasItsChecksumHere() {
        assertThat(RELEASED.keySet()).as("a new migration: add its checksum above when it ships")
                .containsAll(Migrations.RELEASED);
    }

    static String sha256(String script) throws Exception {
        byte[] bytes = script.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
