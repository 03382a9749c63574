package jaga.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theCodesComeInTheOrderTheLanguagesAreOffered() {
        assertThat(Language.codes()).containsExactly("en", "ms");
        assertThat(Language.EN.next()).isEqualTo(Language.MS);
        assertThat(Language.MS.next()).isEqualTo(Language.EN);
    }

    @Test
    void aCodeIsLookedUpParsedOrFallsBackToEnglish() {
        assertThat(Language.fromCode("ms")).contains(Language.MS);
        assertThat(Language.fromCode("fr")).isEmpty();
        assertThat(Language.fromCode(null)).isEmpty();
        assertThat(Language.parse("en")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.parse("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the language is en or ms");
        assertThat(Language.orEnglish("ms")).isEqualTo(Language.MS);
        assertThat(Language.orEnglish("MS")).isEqualTo(Language.EN);
        assertThat(Language.orEnglish(null)).isEqualTo(Language.EN);
    }

    @Test
    void aLanguageShowsAsItsCodeInKeysAndNamesItsLocale() {
        assertThat("adult.language." + Language.MS).isEqualTo("adult.language.ms");
        assertThat(Language.MS.locale()).isEqualTo(Locale.forLanguageTag("ms"));
    }

    @Test
    void aBandShowsAsItsCodeInMessageKeys() {
        assertThat("band.short." + Band.AGES_7_9).isEqualTo("band.short.7-9");
        assertThat(Band.fromCode("13-17")).contains(Band.AGES_13_17);
        assertThat(Band.fromCode("7 - 9")).isEmpty();
    }
}
