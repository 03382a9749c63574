package jaga.content.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiftParserTest {

    private static GiftQuestion only(String gift) {
        GiftFile file = GiftParser.parse(gift);
        assertThat(file.problems()).isEmpty();
        assertThat(file.questions()).hasSize(1);
        return file.questions().get(0);
    }

    private static GiftText moodle(String text) {
        return new GiftText("moodle", text);
    }

    @Test
    void commentsAreSkippedAndLinesCountFromTheFileStart() {
        GiftFile file = GiftParser.parse("// a comment\n// another\nFirst?{T}\n\n// between\n\nSecond?{F}\n");

        assertThat(file.questions()).extracting(GiftQuestion::line).containsExactly(3, 7);
        assertThat(file.questions()).extracting(q -> q.stem().text()).containsExactly("First?", "Second?");
    }

    @Test
    void categoryLinesAreKeptWithTheirLine() {
        GiftFile file = GiftParser.parse("Q?{T}\n\n$CATEGORY: $course$/top/Safety: Scams\n\nR?{F}\n");

        assertThat(file.categories()).containsExactly(new GiftFile.Category(3, "$course$/top/Safety: Scams"));
        assertThat(file.questions()).hasSize(2);
    }

    @Test
    void titleIdAndTagsAreRead() {
        GiftQuestion question = only("// [id:q-7]\n// [tag:scams] [tag:year-5]\n::Free gems\\: really?:: Is it free?{F}");

        assertThat(question.title()).isEqualTo("Free gems: really?");
        assertThat(question.id()).isEqualTo("q-7");
        assertThat(question.tags()).containsExactly("scams", "year-5");
        assertThat(question.stem()).isEqualTo(moodle("Is it free?"));
    }

    @Test
    void formatsApplyToTheQuestionAndAreInheritedByAnswersAndFeedback() {
        GiftQuestion question = only("[html]<p>Pick</p>{\n=<b>yes</b>#<i>good</i>\n~[plain]no # [markdown]**no**\n####general}");

        assertThat(question.stem()).isEqualTo(new GiftText("html", "<p>Pick</p>"));
        assertThat(question.choices().get(0).text()).isEqualTo(new GiftText("html", "<b>yes</b>"));
        assertThat(question.choices().get(0).feedback()).isEqualTo(new GiftText("html", "<i>good</i>"));
        assertThat(question.choices().get(1).text()).isEqualTo(new GiftText("plain", "no"));
        assertThat(question.choices().get(1).feedback()).isEqualTo(new GiftText("markdown", "**no**"));
        assertThat(question.generalFeedback()).isEqualTo(new GiftText("html", "general"));
    }

    @Test
    void moodleTextJoinsLinesButMarkdownKeepsThem() {
        assertThat(only("Two\nlines?{T}").stem()).isEqualTo(moodle("Two lines?"));
        assertThat(only("[markdown]- one\n- two{T}").stem()).isEqualTo(new GiftText("markdown", "- one\n- two"));
    }

    @Test
    void escapedControlCharactersAreLiteral() {
        GiftQuestion question = only("Which \\{is\\} \\#1\\: a\\~b\\=c \\\\ d\\ne?{=right ~wrong}");

        assertThat(question.stem().text()).isEqualTo("Which {is} #1: a~b=c \\ d\ne?");
    }

    @Test
    void multipleChoiceKeepsCorrectnessWeightsAndFeedbackWithTheirLines() {
        GiftFile file = GiftParser.parse("\nPick?{\n  ~wrong#no\n  ~%50%half#half\n  =full#yes\n}");
        GiftQuestion question = file.questions().get(0);

        assertThat(question.kind()).isEqualTo(GiftQuestion.Kind.MULTIPLE_CHOICE);
        assertThat(question.line()).isEqualTo(2);
        assertThat(question.choices()).containsExactly(
                new GiftChoice(3, false, null, moodle("wrong"), moodle("no")),
                new GiftChoice(4, false, 50.0, moodle("half"), moodle("half")),
                new GiftChoice(5, true, null, moodle("full"), moodle("yes")));
    }

    @Test
    void missingWordQuestionsGetABlankInTheText() {
        GiftQuestion question = only("Grant is {~buried =entombed} in Grant's tomb.");

        assertThat(question.embedded()).isTrue();
        assertThat(question.stem()).isEqualTo(moodle("Grant is _____ in Grant's tomb."));
    }

    @Test
    void trueFalseInEveryWrittenFormWithBothFeedbacks() {
        assertThat(GiftParser.parse("a{T}\n\nb{TRUE}\n\nc{F}\n\nd{FALSE}").questions())
                .extracting(GiftQuestion::isTrue).containsExactly(true, true, false, false);
        GiftQuestion question = only("Sky is green.{FALSE#Look up.#Right, it is blue.}");
        assertThat(question.kind()).isEqualTo(GiftQuestion.Kind.TRUE_FALSE);
        assertThat(question.firstFeedback()).isEqualTo(moodle("Look up."));
        assertThat(question.secondFeedback()).isEqualTo(moodle("Right, it is blue."));
    }

    @Test
    void matchingPairsAreRead() {
        GiftQuestion question = only("Match.{\n=Danger -> 999\n=Scam -> NSRC 997\n}");

        assertThat(question.kind()).isEqualTo(GiftQuestion.Kind.MATCHING);
        assertThat(question.pairs()).containsExactly(new GiftPair(2, moodle("Danger"), "999"),
                new GiftPair(3, moodle("Scam"), "NSRC 997"));
    }

    @Test
    void otherTypesAreRecognised() {
        GiftFile file = GiftParser.parse("Essay?{}\n\nYear?{#1822}\n\nWho?{=no one =nobody}\n\nJust text.");

        assertThat(file.questions()).extracting(GiftQuestion::kind).containsExactly(GiftQuestion.Kind.ESSAY,
                GiftQuestion.Kind.NUMERICAL, GiftQuestion.Kind.SHORT_ANSWER, GiftQuestion.Kind.DESCRIPTION);
    }

    @Test
    void anUnclosedAnswerBlockIsReportedWithItsLineAndTheNextQuestionStillReads() {
        GiftFile file = GiftParser.parse("Good?{T}\n\nBroken?\n{=a ~b\n\nAfter?{F}");

        assertThat(file.problems()).extracting(GiftProblem::message).containsExactly(
                "the answers of the question at line 3 start with '{' at line 4 but have no closing '}'; the question was skipped");
        assertThat(file.questions()).extracting(q -> q.stem().text()).containsExactly("Good?", "After?");
    }

    @Test
    void anUnclosedTitleAndABadWeightAreReportedWithTheirLines() {
        GiftFile file = GiftParser.parse("::No end\nQ?{T}\n\nQ?{\n=a\n~%lots%b}");

        assertThat(file.problems()).extracting(GiftProblem::line).containsExactly(1, 6);
        assertThat(file.problems().get(0).message()).contains("line 1", "no closing '::'");
        assertThat(file.problems().get(1).message()).contains("line 6", "%50%");
        assertThat(file.questions()).isEmpty();
    }

    @Test
    void aSecondBraceIsReported() {
        List<GiftProblem> problems = GiftParser.parse("Q?{T}\nand {F}").problems();

        assertThat(problems).extracting(GiftProblem::message)
                .containsExactly("the question at line 1 has a second '{' at line 2 (write \\{ for a brace in the text);"
                        + " the question was skipped");
    }
}
