package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.learning.ModulePath.State;
import jaga.testing.Modules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The path through a module: lesson 1 · 2 · 3 · quiz, each done, where the child is, or to come. */
class ModulePathTest {
    private static final ContentModule MODULE =
            new ContentLoader().load(List.of(Modules.bundledContent())).module("grooming-7-9").orElseThrow();

    private static List<State> states(ModulePath path) {
        return path.stops().stream().map(ModulePath.Stop::state).toList();
    }

    private static String lesson(int index) {
        return MODULE.lessons().get(index).id();
    }

    @Test
    void aNewModuleStartsAtLessonOneWithTheRestToCome() {
        ModulePath path = ModulePath.of(MODULE, Set.of(), false);
        assertThat(states(path)).containsExactly(State.CURRENT, State.NEXT, State.NEXT, State.NEXT);
        assertThat(path.stops().get(3).quiz()).isTrue();
        assertThat(path.lessons()).isEqualTo(3);
    }

    @Test
    void finishedLessonsAreDoneAndTheFirstUnfinishedIsWhereTheChildIs() {
        assertThat(states(ModulePath.of(MODULE, Set.of(lesson(0)), false)))
                .containsExactly(State.DONE, State.CURRENT, State.NEXT, State.NEXT);
        // A lesson skipped past (content changed since) is where the child is, even after a later one.
        assertThat(states(ModulePath.of(MODULE, Set.of(lesson(0), lesson(2)), false)))
                .containsExactly(State.DONE, State.CURRENT, State.DONE, State.NEXT);
    }

    @Test
    void everyLessonFinishedPutsTheChildAtTheQuizAndAPassedQuizIsDone() {
        Set<String> all = Set.of(lesson(0), lesson(1), lesson(2));
        assertThat(states(ModulePath.of(MODULE, all, false))).containsExactly(State.DONE, State.DONE, State.DONE, State.CURRENT);
        assertThat(states(ModulePath.of(MODULE, all, true))).containsExactly(State.DONE, State.DONE, State.DONE, State.DONE);
    }

    @Test
    void insideALessonTheLessonsBeforeAreDoneAndThisOneIsCurrent() {
        assertThat(states(ModulePath.at(MODULE, 1))).containsExactly(State.DONE, State.CURRENT, State.NEXT, State.NEXT);
        assertThat(states(ModulePath.at(MODULE, 3))).containsExactly(State.DONE, State.DONE, State.DONE, State.CURRENT);
    }
}
