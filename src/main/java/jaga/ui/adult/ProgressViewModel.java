package jaga.ui.adult;

import jaga.learning.Classroom;
import jaga.learning.report.ClassReport;
import jaga.learning.report.FamilyOverview;
import jaga.learning.report.LearnerReport;
import jaga.learning.report.ReportService;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import jaga.ui.common.RememberedPlaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The progress dashboards: the whole family (every child), one class, or one child in detail.
 * Scores, topics and missed questions only: what helps an adult help, not a log of every click.
 */
public final class ProgressViewModel {

    /** Whose progress is shown: every child on this computer, or one class. */
    public sealed interface Scope {
        record Family() implements Scope {}

        record OneClass(long classId, String name) implements Scope {}
    }

    /** What is on screen. */
    public sealed interface Page {
        record Loading() implements Page {}

        record Family(FamilyOverview overview) implements Page {}

        record OneClass(ClassReport report) implements Page {}

        record Learner(LearnerReport report, Scope from) implements Page {}
    }

    private final ReportService reports;
    private final Classroom classroom;
    private final Tasks tasks;
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(new Page.Loading());

    /**
     * On a computer paired with a school hub, brings the rows a page is about to show from the hub
     * first (the whole class, whichever computer each child used); does nothing when not paired, and
     * never throws: a hub that is away leaves this computer's own rows to show.
     */
    public interface FromHub {
        FromHub NONE = new FromHub() {
            @Override
            public void everyone() {}

            @Override
            public void oneClass(long classId) {}

            @Override
            public void oneLearner(long learnerId) {}
        };

        /** The class lists, so a class made on another computer is offered before any page is chosen. */
        default void classes() {}

        void everyone();

        void oneClass(long classId);

        void oneLearner(long learnerId);
    }

    private final FromHub fromHub;
    private final RememberedPlaces places;

    public ProgressViewModel(ReportService reports, Classroom classroom, Background background) {
        this(reports, classroom, background, FromHub.NONE);
    }

    public ProgressViewModel(ReportService reports, Classroom classroom, Background background, FromHub fromHub) {
        this(reports, classroom, background, fromHub, RememberedPlaces.inMemory());
    }

    /** @param places where the page remembers what it showed, so the adult area opens on it next time */
    public ProgressViewModel(ReportService reports, Classroom classroom, Background background, FromHub fromHub,
                             RememberedPlaces places) {
        this.fromHub = fromHub;
        this.reports = reports;
        this.classroom = classroom;
        this.tasks = new Tasks(background, "adult area, progress");
        this.places = places;
        scope.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                places.viewed(chosen instanceof Scope.OneClass oneClass ? "class:" + oneClass.classId() : FAMILY);
                show(chosen);
            }
        });
    }

    private static final String FAMILY = "family";

    /**
     * Lists the family and the classes (not archived) and shows what the adult viewed last; the
     * first time, a teacher's class (the first one) rather than every child, and the family where
     * there is no class.
     */
    public void load() {
        tasks.run(() -> {
            fromHub.classes();
            return classroom.classes().stream().filter(row -> !row.schoolClass().archived())
                    .map(row -> (Scope) new Scope.OneClass(row.schoolClass().id(), row.schoolClass().name())).toList();
        }, classes -> {
            List<Scope> all = new ArrayList<>();
            all.add(new Scope.Family());
            all.addAll(classes);
            scopes.setAll(all);
            scope.set(null);
            scope.set(startingScope(all));
        });
    }

    private Scope startingScope(List<Scope> all) {
        Optional<String> last = places.lastView();
        if (last.isPresent() && last.get().equals(FAMILY)) {
            return all.get(0);
        }
        return all.stream().filter(s -> s instanceof Scope.OneClass c && last.isPresent()
                        && last.get().equals("class:" + c.classId())).findFirst()
                .orElse(all.size() > 1 ? all.get(1) : all.get(0));
    }

    private void show(Scope chosen) {
        tasks.clearProblem();
        page.set(new Page.Loading());
        if (chosen instanceof Scope.OneClass oneClass) {
            tasks.run(() -> {
                fromHub.oneClass(oneClass.classId());
                return reports.classReport(oneClass.classId());
            }, report -> page.set(new Page.OneClass(report)));
        } else {
            tasks.run(() -> {
                fromHub.everyone();
                return reports.familyOverview();
            }, overview -> page.set(new Page.Family(overview)));
        }
    }

    /** One child in detail: progress over time, missed questions, and what to talk about next. */
    public void openLearner(long learnerId) {
        Scope from = scope.get();
        tasks.clearProblem();
        page.set(new Page.Loading());
        tasks.run(() -> {
            fromHub.oneLearner(learnerId);
            return reports.learnerReport(learnerId);
        }, report -> page.set(new Page.Learner(report, from)));
    }

    /** From a child's details back to the family or class they were opened from. */
    public void back() {
        show(scope.get() == null ? new Scope.Family() : scope.get());
    }

    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Why the page could not be read (said with {@code Problems}), or null. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return tasks.problemProperty();
    }
}
