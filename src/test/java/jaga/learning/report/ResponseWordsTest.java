package jaga.learning.report;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.LocalizedText;
import jaga.content.Question;
import jaga.learning.Response;
import jaga.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored answers of every question type, back in words, in both languages. */
class ResponseWordsTest {

    @TempDir
    Path temp;

    private ContentModule module;

    @BeforeEach
    void theFixtureWithEveryQuestionType() {
        Fixtures.writeFullModule(temp, "full-module", Fixtures.pretty(Fixtures.fullModule()));
        module = new ContentLoader(jaga.testing.Modules.bundledResources()).load(List.of(temp)).modules().get(0);
    }

    private Question question(String id) {
        return module.quiz().questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void choicesBecomeTheirTextsInEachLanguage() {
        Question.Multiple multiple = (Question.Multiple) question("q-multiple");
        LocalizedText words = ResponseWords.describe(multiple, Response.Choices.of("a", "c").encode());

        for (String language : List.of("en", "ms")) {
            assertThat(words.in(language)).isEqualTo(multiple.choice("a").orElseThrow().text().in(language) + "; "
                    + multiple.choice("c").orElseThrow().text().in(language));
        }
    }

    @Test
    void trueOrFalseIsAWord() {
        LocalizedText words = ResponseWords.describe(question("q-true-false"), new Response.TrueOrFalse(false).encode());
        assertThat(words.in("en")).isEqualTo("False");
        assertThat(words.in("ms")).isEqualTo("Salah");
    }

    @Test
    void anOrderIsTheItemsInTheChildsOrder() {
        Question.Ordering ordering = (Question.Ordering) question("q-ordering");
        LocalizedText words = ResponseWords.describe(ordering, new Response.Order(List.of("tell", "stop", "screenshot")).encode());
        assertThat(words.in("ms")).isEqualTo(String.join(" \u2192 ", text(ordering, "tell"), text(ordering, "stop"),
                text(ordering, "screenshot")));
    }

    @Test
    void aMatchingIsLeftToRightPairs() {
        Question.Matching matching = (Question.Matching) question("q-matching");
        Question.Pair p1 = matching.pairs().get(0);
        Question.Pair p2 = matching.pairs().get(1);
        LocalizedText words = ResponseWords.describe(matching, new Response.Matches(Map.of("p1", "p2", "p2", "p1")).encode());
        assertThat(words.in("en")).isEqualTo(p1.left().in("en") + " \u2192 " + p2.right().in("en") + "; "
                + p2.left().in("en") + " \u2192 " + p1.right().in("en"));
    }

    @Test
    void redFlagsAreTheMessagesMarkedAndNoneIsSaid() {
        Question.SpotTheFlags flags = (Question.SpotTheFlags) question("q-flags");
        LocalizedText words = ResponseWords.describe(flags, new Response.Flags(java.util.Set.of("m2")).encode());
        assertThat(words.in("en")).isEqualTo("\u201c" + flags.messages().get(1).text().in("en") + "\u201d");
        assertThat(ResponseWords.describe(flags, "").in("ms")).isEqualTo("(tiada yang dipilih)");
    }

    @Test
    void anIdTheQuestionNoLongerHasIsShownAsStoredNotAnError() {
        assertThat(ResponseWords.describe(question("q-single"), "zz").in("en")).isEqualTo("[zz]");
        assertThat(ResponseWords.describe(question("q-true-false"), "maybe").in("en")).isEqualTo("[maybe]");
        assertThat(ResponseWords.describe(question("q-matching"), "p1").in("en")).endsWith("\u2192 ?");
    }

    private static String text(Question.Ordering ordering, String id) {
        return ordering.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().text().in("ms");
    }
}
