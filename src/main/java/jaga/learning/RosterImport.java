package jaga.learning;

import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.ClassRepository.SchoolClass;
import jaga.progress.LearnerRepository;
import jaga.progress.LearnerRepository.LearnerProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Importing a class roster: a preview (every row checked, against the file and against who is
 * already here) and then the import of the good rows, all or nothing. Used by the adult area and
 * by {@code jaga import-roster}.
 */
public final class RosterImport {
    /** Pictures given to learners added from a roster, in turn, so neighbours differ; they can be changed later. */
    public static final List<String> ROSTER_AVATARS =
            List.of("cat", "dog", "rabbit", "turtle", "owl", "fish", "butterfly", "elephant");

    private final LearnerRepository learners;
    private final ClassRepository classes;

    public RosterImport(LearnerRepository learners, ClassRepository classes) {
        this.learners = learners;
        this.classes = classes;
    }


    /** A roster read and checked against the learners and classes already here, ready to show. */
    public record Preview(List<Roster.Row> rows, List<Roster.Problem> problems) {
        public Preview {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        /** Classes the good rows name, as written in the file (first spelling), in file order. */
        public List<String> classNames() {
            Map<String, String> names = new java.util.LinkedHashMap<>();
            rows.stream().filter(Roster.Row::hasClass).forEach(r -> names.putIfAbsent(Roster.fold(r.className()), r.className()));
            return List.copyOf(names.values());
        }
    }

    /** What importing a roster did. */
    public record Result(int learnersAdded, int classes, int classesCreated, List<Roster.Problem> skipped) {
        /** "Imported 28 learners into 2 classes; skipped 2 rows". */
        public String summary() {
            String text = "Imported " + learnersAdded + (learnersAdded == 1 ? " learner" : " learners");
            if (classes > 0) {
                text += " into " + classes + (classes == 1 ? " class" : " classes");
            }
            if (!skipped.isEmpty()) {
                text += "; skipped " + skipped.size() + (skipped.size() == 1 ? " row" : " rows");
            }
            return text;
        }
    }

    /** The file has problems and the adult did not choose to skip them: nothing was imported. */
    public static final class HasProblems extends RuntimeException {
        private final transient List<Roster.Problem> problems;

        public HasProblems(List<Roster.Problem> problems) {
            super(problems.size() + (problems.size() == 1 ? " row has a problem" : " rows have problems")
                    + "; nothing was imported.");
            this.problems = List.copyOf(problems);
        }

        public List<Roster.Problem> problems() {
            return problems;
        }
    }

    /** Reads a roster file; {@link Roster.Refused} if it is not one (too big, unreadable, no header). */
    public Preview preview(Path file) {
        try {
            long size = Files.size(file);
            if (size > Roster.MAX_BYTES) {
                throw new Roster.Refused(Roster.Refused.Reason.TOO_BIG, List.of(),
                        "The file is larger than 5 MB, too big for a class roster. Split it into smaller files.");
            }
            return preview(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new Roster.Refused(Roster.Refused.Reason.UNREADABLE, List.of(file.toString()),
                    "Could not read " + file + ": " + (e instanceof java.nio.file.NoSuchFileException
                    ? "there is no such file" : e.getMessage()) + ". Nothing was imported.");
        }
    }

    /** Parses the roster and checks it against who is here: a learner of that name already in that class. */
    public Preview preview(byte[] bytes) {
        Roster.Parsed parsed = Roster.parse(bytes);
        Set<String> inClasses = new HashSet<>();
        Map<Long, List<SchoolClass>> memberships = classes.memberships();
        Set<String> withoutClass = new HashSet<>();
        for (LearnerProfile learner : learners.profiles()) {
            if (learner.archived()) {
                continue;
            }
            List<SchoolClass> theirs = memberships.getOrDefault(learner.id(), List.of());
            if (theirs.isEmpty()) {
                withoutClass.add(Roster.fold(learner.displayName()));
            }
            for (SchoolClass c : theirs) {
                inClasses.add(Roster.fold(learner.displayName()) + "\u0000" + Roster.fold(c.name()));
            }
        }
        List<Roster.Row> rows = new ArrayList<>();
        List<Roster.Problem> problems = new ArrayList<>(parsed.problems());
        for (Roster.Row row : parsed.rows()) {
            if (row.hasClass() && inClasses.contains(Roster.fold(row.name()) + "\u0000" + Roster.fold(row.className()))) {
                problems.add(new Roster.Problem(row.line(), Roster.Kind.ALREADY_IN_CLASS,
                        "\"" + row.name() + "\" is already in " + row.className() + "; delete this line, or if this is"
                                + " another child of the same name, add something to tell them apart (such as an initial)")
                        .about(row.name()));
            } else if (!row.hasClass() && withoutClass.contains(Roster.fold(row.name()))) {
                problems.add(new Roster.Problem(row.line(), Roster.Kind.ALREADY_IN_JAGA,
                        "there is already a learner called \"" + row.name() + "\" in no class; delete this line, give"
                                + " the row a class, or add something to the name to tell them apart")
                        .about(row.name()));
            } else {
                rows.add(row);
            }
        }
        problems.sort(Comparator.comparingInt(Roster.Problem::line));
        return new Preview(rows, problems);
    }

    /**
     * Imports the preview's good rows in one transaction, creating missing classes. With problems
     * and {@code skipInvalid} false, imports nothing and throws {@link HasProblems}.
     */
    public Result apply(Preview preview, boolean skipInvalid, Language language) {
        if (preview.hasProblems() && !skipInvalid) {
            throw new HasProblems(preview.problems());
        }
        Objects.requireNonNull(language);
        List<LearnerRepository.NewLearner> toAdd = new ArrayList<>();
        for (int i = 0; i < preview.rows().size(); i++) {
            Roster.Row row = preview.rows().get(i);
            toAdd.add(new LearnerRepository.NewLearner(row.name(), ROSTER_AVATARS.get(i % ROSTER_AVATARS.size()),
                    row.band(), language, row.className()));
        }
        LearnerRepository.Added added = learners.addAll(toAdd);
        return new Result(added.learners(), added.classes(), added.classesCreated(), preview.problems());
    }
}
