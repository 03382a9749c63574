package jaga.content.gift;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.Choice;
import jaga.content.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftImportTest {

    private static GiftImport.Result convert(String gift) {
        return GiftImport.convert(GiftParser.parse(gift));
    }

    private static List<String> messages(GiftImport.Result result) {
        return result.problems().stream().map(GiftProblem::format).toList();
    }

    @Test
    void oneRightAnswerBecomesSingleWithFeedbackForEveryChoice() {
        GiftImport.Result result = convert("::Free gems::Someone offers free gems.{=Tell an adult#Yes. ~Take them}");

        Question.Single single = (Question.Single) result.questions().get(0);
        assertThat(single.id()).isEqualTo("free-gems");
        assertThat(single.prompt().in("en")).isEqualTo("Someone offers free gems.");
        assertThat(single.prompt().in("ms")).isEqualTo("Someone offers free gems.");
        assertThat(single.choices()).extracting(Choice::correct).containsExactly(true, false);
        assertThat(single.choices().get(0).feedback().in("en")).isEqualTo("Yes.");
        assertThat(single.choices().get(1).feedback().in("ms")).isEqualTo("Belum tepat.");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void sharedWeightsBecomeMultipleWithThePositiveAnswersCorrect() {
        GiftImport.Result result = convert("Warning signs?{~%50%Secrets ~%50%Gifts ~%-100%Good game}");

        Question.Multiple multiple = (Question.Multiple) result.questions().get(0);
        assertThat(multiple.choices()).extracting(Choice::correct).containsExactly(true, true, false);
    }

    @Test
    void partialCreditBesideAFullAnswerIsDroppedWithAWarningNamingTheLine() {
        GiftImport.Result result = convert("Q?{\n~wrong\n~%50%half\n=full}");

        assertThat(result.questions().get(0)).isInstanceOf(Question.Single.class);
        assertThat(messages(result)).containsExactly(
                "warning: the answer at line 3 gave partial credit in Moodle; in Jaga only the full-marks answer is right");
    }

    @Test
    void severalEqualsAnswersBecomeMultipleWithAWarning() {
        GiftImport.Result result = convert("Seasons?{=spring =summer ~easter}");

        assertThat(result.questions().get(0)).isInstanceOf(Question.Multiple.class);
        assertThat(messages(result)).containsExactly(
                "warning: the question at line 1 has 2 right answers: in Jaga the learner picks all of them");
    }

    @Test
    void aQuestionWithNoRightAnswerIsReported() {
        GiftImport.Result result = convert("\nQ?{~a ~b}");

        assertThat(result.questions()).isEmpty();
        assertThat(messages(result)).singleElement().asString().startsWith("the question at line 2 has no right answer");
    }

    @Test
    void trueFalseFeedbackFollowsMoodleFirstForWrongSecondForRight() {
        Question.TrueFalse falseOne = (Question.TrueFalse) convert("Sky is green.{F#Look up.#Right.}").questions().get(0);
        Question.TrueFalse trueOne = (Question.TrueFalse) convert("Sky is blue.{TRUE#Look up.#Right.}").questions().get(0);

        assertThat(falseOne.answer()).isFalse();
        assertThat(falseOne.feedbackTrue().in("en")).isEqualTo("Look up.");
        assertThat(falseOne.feedbackFalse().in("en")).isEqualTo("Right.");
        assertThat(trueOne.answer()).isTrue();
        assertThat(trueOne.feedbackTrue().in("en")).isEqualTo("Right.");
        assertThat(trueOne.feedbackFalse().in("en")).isEqualTo("Look up.");
    }

    @Test
    void generalFeedbackBecomesTheExplanation() {
        Question question = convert("Q?{T####Because.}").questions().get(0);

        assertThat(question.explanation().in("en")).isEqualTo("Because.");
    }

    @Test
    void matchingBecomesMatchingAndADistractorIsLeftOutWithAWarning() {
        GiftImport.Result result = convert("Match.{\n=Danger -> 999\n=Scam -> 997\n= -> 15999\n}");

        Question.Matching matching = (Question.Matching) result.questions().get(0);
        assertThat(matching.pairs()).extracting(p -> p.left().in("en") + "=" + p.right().in("ms"))
                .containsExactly("Danger=999", "Scam=997");
        assertThat(messages(result)).singleElement().asString().startsWith("warning: the pair at line 4 has no left side");
    }

    @Test
    void unsupportedTypesAreReportedWithTheirLineAndSkipped() {
        GiftImport.Result result = convert("Essay?{}\n\nYear?{#1822}\n\n// note\nWho?{=no one}\n\nJust text.\n\nOk?{T}");

        assertThat(result.questions()).hasSize(1);
        assertThat(messages(result)).containsExactly(
                "unsupported question type at line 1: essay (Jaga cannot mark written answers); it was skipped",
                "unsupported question type at line 3: numerical (Jaga cannot mark typed answers); it was skipped",
                "unsupported question type at line 6: short answer (Jaga cannot mark typed answers); it was skipped",
                "unsupported question type at line 8: description (it has no answers; put the text in the lesson"
                        + " instead); it was skipped");
    }

    @Test
    void htmlBecomesJagaLightMarkup() {
        assertThat(GiftImport.jagaText(new GiftText("html", "<p>A <b>big</b> &amp; bold</p><p>Next&nbsp;one</p>")))
                .isEqualTo("A **big** & bold\n\nNext one");
    }

    @Test
    void questionIdsAreUniqueKebabCase() {
        GiftImport.Result result = convert("::Same!::A?{T}\n\n::Same!::B?{T}\n\nC?{T}");

        assertThat(result.questions()).extracting(Question::id).containsExactly("same", "question-2", "question-3");
    }

    @Test
    void aQuestionOrAnswerWithNothingToShowIsSkippedAndAPictureIsReported() {
        GiftImport.Result result = convert("[html]<img src\\=\"a.png\">{T}\n\n[html]Which?<img src\\=\"b.png\">{\n=<img src\\=\"c.png\">\n~No}"
                + "\n\n[html]<p>Sky is blue.</p><img src\\=\"d.png\">{T#<img src\\=\"e.png\">}");

        assertThat(messages(result)).containsExactly(
                "warning: the question at line 1 has a picture, which was left out (Jaga imports the text only; add the"
                        + " picture to the module folder and the lesson by hand)",
                "the question at line 1 has no text Jaga can show; it was skipped",
                "warning: the question at line 3 has a picture, which was left out (Jaga imports the text only; add the"
                        + " picture to the module folder and the lesson by hand)",
                "the answer at line 4 has no text Jaga can show; the question was skipped",
                "warning: the question at line 7 has a picture, which was left out (Jaga imports the text only; add the"
                        + " picture to the module folder and the lesson by hand)");
        Question.TrueFalse trueFalse = (Question.TrueFalse) result.questions().get(0);
        assertThat(trueFalse.prompt().in("en")).isEqualTo("Sky is blue.");
        assertThat(trueFalse.feedbackFalse().in("en")).isEqualTo("Not quite. It is true.");
    }
}
