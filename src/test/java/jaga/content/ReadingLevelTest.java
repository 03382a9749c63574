package jaga.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jaga.model.Band;
import org.junit.jupiter.api.Test;

class ReadingLevelTest {

    @Test
    void syllablesAreCountedByVowelGroups() {
        assertThat(ReadingLevel.syllables("cat")).isEqualTo(1);
        assertThat(ReadingLevel.syllables("table")).isEqualTo(2);   // a final "le" keeps its syllable
        assertThat(ReadingLevel.syllables("make")).isEqualTo(1);    // a silent final "e" does not count
        assertThat(ReadingLevel.syllables("password")).isEqualTo(2);
        assertThat(ReadingLevel.syllables("organisation")).isEqualTo(5);
        assertThat(ReadingLevel.syllables("15999")).isEqualTo(2);
    }

    @Test
    void theGradeFollowsTheFleschKincaidFormula() {
        // 2 sentences, 8 words, 9 syllables: 0.39 * 4 + 11.8 * 9/8 - 15.59
        ReadingLevel.Measure measure = ReadingLevel.measure("Stop. Do not reply to the new message.");
        assertThat(measure).isEqualTo(new ReadingLevel.Measure(8, 2, 10));
        assertThat(measure.grade()).isCloseTo(0.39 * 8 / 2 + 11.8 * 10 / 8 - 15.59, within(1e-9));
    }

    @Test
    void bulletsAndBoldMarksDoNotMakeOneLongSentence() {
        ReadingLevel.Measure measure = ReadingLevel.measure("What to do:\n\n- **Stop**\n- Screenshot\n- Tell an adult");
        assertThat(measure.sentences()).isEqualTo(4);
        assertThat(measure.words()).isEqualTo(8); // the colon ends "What to do"
    }

    @Test
    void aStopInsideBoldStillEndsTheSentence() {
        assertThat(ReadingLevel.measure("**Fake accounts.** Someone pretends to be you.").sentences()).isEqualTo(2);
        assertThat(ReadingLevel.measure("It costs RM20.50 today.").sentences()).isEqualTo(1);
    }

    @Test
    void eachBandHasItsLimit() {
        assertThat(ReadingLevel.limitFor(Band.AGES_7_9)).isEqualTo(3);
        assertThat(ReadingLevel.limitFor(Band.AGES_10_12)).isEqualTo(5);
        assertThat(ReadingLevel.limitFor(Band.AGES_13_17)).isEqualTo(7);
        assertThat(ReadingLevel.limitFor(Band.ADULTS)).isEqualTo(8);
    }
}
