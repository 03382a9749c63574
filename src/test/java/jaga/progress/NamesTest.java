package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that look the same are the same name; names in every script Malaysian children have keep their letters. */
class NamesTest {

    /** What the outside tester's roster had: six spellings that all show as "Aina". */
    static final List<String> SIX_AINAS = List.of("Aina", "A\u200Bina", "Ai\u200Dna", "\u202EAina\u202C",
            "\u2066Aina\u2069", "Ai\u00ADna\uFEFF");

    @Test
    void namesThatDrawTheSameAreTheSameAfterCleaning() {
        assertThat(SIX_AINAS).extracting(Names::clean).containsOnly("Aina");
        assertThat(Names.key("A\u200BINA")).isEqualTo(Names.key("aina"));
    }

    @Test
    void decomposedLettersAreComposedSoAnAccentTypedEitherWayIsOneName() {
        assertThat(Names.clean("Zo\u0065\u0301")).isEqualTo("Zo\u00E9");
        assertThat(Names.clean("e\u200B\u0301")).isEqualTo("\u00E9"); // composed after the invisible one went
    }

    @Test
    void spacesOfEveryKindBecomeOneSpaceAndTheEndsAreTrimmed() {
        assertThat(Names.clean("  Siti\u00A0\u00A0binti \u3000Ahmad\u2003 ")).isEqualTo("Siti binti Ahmad");
        assertThat(Names.clean("\u200B\u200E ")).isEmpty();
        assertThat(Names.clean(null)).isEmpty();
    }

    @Test
    void joinersThatShapeAScriptAreKeptAndOtherScriptsAreUntouched() {
        String jawi = "\u0639\u064A\u200C\u0646\u0627"; // a non-joiner between Arabic letters changes their shape
        String devanagari = "\u0915\u094D\u200D\u0937"; // half form
        String family = "\uD83D\uDC69\u200D\uD83D\uDC67"; // an emoji sequence
        assertThat(Names.clean(jawi)).isEqualTo(jawi);
        assertThat(Names.clean(devanagari)).isEqualTo(devanagari);
        assertThat(Names.clean(family)).isEqualTo(family);
        assertThat(Names.clean("陈美玲")).isEqualTo("陈美玲");
        assertThat(Names.clean("முருகன்")).isEqualTo("முருகன்");
        assertThat(Names.clean("Nur\u200C")).isEqualTo("Nur");
    }

    @Test
    void controlCharactersAreLeftForTheCallerToRefuse() {
        assertThat(Names.clean("Ai\nna")).isEqualTo("Ai\nna");
        assertThat(Names.hasControl("Ai\nna")).isTrue();
        assertThat(Names.hasControl("Aina")).isFalse();
    }
}
