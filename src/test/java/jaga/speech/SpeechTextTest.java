package jaga.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpeechTextTest {

    @Test
    void markupIsRemovedAndBulletsBecomeSentences() {
        String lesson = "**Stop** and think.\n\n- Tell an adult\n- Block them\n- Keep the messages";
        assertThat(SpeechText.clean(lesson, "en"))
                .isEqualTo("Stop and think. Tell an adult. Block them. Keep the messages.");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "It costs RM50.|en|It costs 50 ringgit.",
            "Harganya RM50.|ms|Harganya 50 ringgit.",
            "They asked for RM 300 first|en|They asked for 300 ringgit first.",
            "a prize of RM5,000!|en|a prize of 5000 ringgit!",
            "hadiah RM20,000.|ms|hadiah 20000 ringgit.",
            "only RM19.90 today|en|only 19 ringgit 90 sen today.",
            "hanya RM19.90 hari ini|ms|hanya 19 ringgit 90 sen hari ini.",
            "People lost RM222.9 million.|en|People lost 222.9 million ringgit.",
            "Kerugiannya RM222.9 juta.|ms|Kerugiannya 222 perpuluhan 9 juta ringgit.",
            "Ada 8,926 kes.|ms|Ada 8926 kes.",
    })
    void ringgitAndAmountsAreReadAsMoney(String text, String language, String spoken) {
        assertThat(SpeechText.clean(text, language)).isEqualTo(spoken);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Call Talian Kasih on 15999.|en|Call Talian Kasih on 1 5 9 9 9.",
            "Hubungi Talian Kasih di 15999.|ms|Hubungi Talian Kasih di 1 5 9 9 9.",
            "WhatsApp 019-261 5999 any time.|en|WhatsApp 0 1 9 2 6 1 5 9 9 9 any time.",
            "Call 1800 188 030 or 1-300-88-2999|en|Call 1 8 0 0 1 8 8 0 3 0 or 1 3 0 0 8 8 2 9 9 9.",
            "In danger, call 999.|en|In danger, call 9 9 9.",
            "Jangan guna 123456.|ms|Jangan guna 1 2 3 4 5 6.",
    })
    void phoneNumbersAreReadDigitByDigit(String text, String language, String spoken) {
        assertThat(SpeechText.clean(text, language)).isEqualTo(spoken);
    }

    @Test
    void yearsAgeBandsAndSmallNumbersAreLeftAsNumbers() {
        assertThat(SpeechText.clean("In 2025, children aged 13-17 sent 40 messages.", "en"))
                .isEqualTo("In 2025, children aged 13-17 sent 40 messages.");
    }

    @Test
    void ampersandIsSaidInTheLearnersLanguage() {
        assertThat(SpeechText.clean("Ask & tell", "en")).isEqualTo("Ask and tell.");
        assertThat(SpeechText.clean("Tanya & beritahu", "ms")).isEqualTo("Tanya dan beritahu.");
    }

    @Test
    void emptyOrMissingTextSaysNothing() {
        assertThat(SpeechText.clean(null, "en")).isEmpty();
        assertThat(SpeechText.clean("  \n ", "ms")).isEmpty();
    }
}
