package jaga.ui.profiles;

import jaga.model.Learner;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The pictures on "Who is learning?". In a computer lab 35 or more children share the screen, so
 * learners are listed by name (in the screen's language's alphabetical order, ignoring case), can
 * be narrowed to one class, and found by typing part of a name. A family with a few children and
 * no classes sees only the pictures ({@link #labProperty()}).
 */
public final class LearnerChooserViewModel {

    /** From this many learners (or with any class) the screen offers the class filter and search. */
    public static final int LAB_SIZE = 10;

    /**
     * One learner's picture on the screen. {@code classNames} are the learner's classes (not
     * archived); {@code tellApart} says what to show under the name because another learner has
     * the same name: their class, else their age band, else their number (as `jaga learners` lists it).
     */
    public record Tile(Learner learner, List<String> classNames, TellApart tellApart) {
        public Tile {
            classNames = List.copyOf(classNames);
        }
    }

    /** What tells a learner from another of the same name, shown under the name. */
    public enum TellApart { NOTHING, CLASS, BAND, NUMBER }

    private final ProfilesViewModel.Remembered remembered;
    private final ObservableList<Learner> learners = FXCollections.observableArrayList();
    private Map<Long, List<String>> classesOf = Map.of();
    private final ObservableList<Tile> shown = FXCollections.observableArrayList();
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    /** The chosen class by name, or null for everyone. */
    // Made once: a read-only view listens weakly to its list, so one made per call could be collected with the screen's listeners.
    private final ObservableList<Learner> learnersReadOnly = FXCollections.unmodifiableObservableList(learners);
    private final ObservableList<Tile> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<String> classNamesReadOnly = FXCollections.unmodifiableObservableList(classNames);
    private final ObjectProperty<String> classFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> language = new SimpleObjectProperty<>("en");
    private final ReadOnlyBooleanWrapper lab = new ReadOnlyBooleanWrapper();

    LearnerChooserViewModel(ProfilesViewModel.Remembered remembered) {
        this.remembered = remembered;
        classFilter.addListener((obs, old, now) -> {
            remembered.className = now;
            refresh();
        });
        search.addListener((obs, old, now) -> refresh());
        language.addListener((obs, old, now) -> refresh());
        learners.addListener((ListChangeListener<Learner>) change -> refresh());
    }

    /**
     * Everyone to choose from, with their classes in use (learner id to class names): the classes
     * offered are those with someone to show, and the class chosen last time stays chosen if offered.
     */
    void show(List<Learner> everyone, Map<Long, List<String>> classes) {
        classesOf = Map.copyOf(classes);
        Set<Long> active = everyone.stream().map(Learner::id).collect(Collectors.toSet());
        classNames.setAll(classes.entrySet().stream().filter(e -> active.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .collect(Collectors.toCollection(() -> new TreeSet<>(NameSearch.collator(language.get())))));
        String last = remembered.className;
        classFilter.set(last != null && classNames.contains(last) ? last : null);
        learners.setAll(everyone);
    }

    /** A learner just added on this screen. */
    void added(Learner learner) {
        learners.add(learner);
    }

    /** The next child does not find the last one's name typed. */
    void clearSearch() {
        search.set("");
    }

    /** Works out the pictures shown: the chosen class, the search, in alphabetical order. */
    private void refresh() {
        lab.set(learners.size() >= LAB_SIZE || !classNames.isEmpty());
        String chosenClass = classFilter.get();
        List<String> words = NameSearch.words(search.get());
        Map<String, List<Learner>> sameName = learners.stream()
                .collect(Collectors.groupingBy(l -> NameSearch.folded(l.displayName())));
        Collator collator = NameSearch.collator(language.get());
        shown.setAll(learners.stream()
                .filter(l -> chosenClass == null || classesOf(l).contains(chosenClass))
                .filter(l -> NameSearch.matches(l.displayName(), words))
                .sorted(Comparator.comparing(Learner::displayName, collator).thenComparingLong(Learner::id))
                .map(l -> new Tile(l, classesOf(l), tellApart(l, sameName.get(NameSearch.folded(l.displayName())))))
                .toList());
    }

    private List<String> classesOf(Learner learner) {
        return classesOf.getOrDefault(learner.id(), List.of());
    }

    /** What, if anything, tells this learner from the others of the same name. */
    private TellApart tellApart(Learner learner, List<Learner> namesakes) {
        if (namesakes == null || namesakes.size() < 2) {
            return TellApart.NOTHING;
        }
        List<Learner> others = namesakes.stream().filter(o -> o.id() != learner.id()).toList();
        if (others.stream().noneMatch(o -> classesOf(o).equals(classesOf(learner))) && !classesOf(learner).isEmpty()) {
            return TellApart.CLASS;
        }
        if (others.stream().noneMatch(o -> o.band().equals(learner.band()))) {
            return TellApart.BAND;
        }
        return TellApart.NUMBER;
    }

    /** Back to everyone in every class, with nothing typed. */
    public void showEveryone() {
        search.set("");
        classFilter.set(null);
    }

    /** Everyone who can sign in here (read only: the screen changes it by adding a learner). */
    public ObservableList<Learner> learners() {
        return learnersReadOnly;
    }

    /** The pictures shown: the chosen class and the search applied, in alphabetical order. */
    public ObservableList<Tile> shownLearners() {
        return shownReadOnly;
    }

    /** The classes in use, in alphabetical order (empty on a family's computer). */
    public ObservableList<String> classNames() {
        return classNamesReadOnly;
    }

    /** The class whose learners are shown, by name, or null for everyone: the screen's class choice sets it. */
    public ObjectProperty<String> classFilterProperty() {
        return classFilter;
    }

    /** Part of a name, typed by the child. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The screen's language, for the alphabetical order ("en" or "ms"). */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    /** True with many learners or any class: the screen offers the class filter and search. */
    public ReadOnlyBooleanProperty labProperty() {
        return lab.getReadOnlyProperty();
    }
}
