package jaga.learning;

import jaga.content.ContentModule;
import jaga.model.Band;
import jaga.progress.ModuleAssignmentRepository.ClassChoices;
import jaga.progress.ModuleAssignmentRepository.Choices;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule for which learner modules a child is shown (docs/decisions/0005-module-assignment.md):
 * <ol>
 *   <li>the modules of the age bands their classes chose, where a class that chose none (or no
 *       class at all) means the learner's own band;</li>
 *   <li>a module a class hides is taken away, unless another of their classes shows it; a module a
 *       class shows is added;</li>
 *   <li>the learner's own choices beat their classes'.</li>
 * </ol>
 * Archived classes do not count. Parent guides are never shown to children.
 */
final class ModuleChoices {
    private ModuleChoices() {}

    static List<ContentModule> shown(List<ContentModule> modules, Band ownBand, Choices choices) {
        Set<String> bands = new HashSet<>();
        Set<String> shownByClass = new HashSet<>();
        Set<String> hiddenByClass = new HashSet<>();
        if (choices.classes().isEmpty()) {
            bands.add(ownBand.code());
        }
        for (ClassChoices each : choices.classes()) {
            bands.addAll(each.bands().isEmpty() ? Set.of(ownBand.code()) : each.bands());
            each.modules().forEach((moduleId, shown) -> (shown ? shownByClass : hiddenByClass).add(moduleId));
        }
        Map<String, Boolean> own = choices.learnerModules();
        return modules.stream()
                .filter(ContentModule::forLearners)
                .filter(module -> {
                    Boolean mine = own.get(module.id());
                    if (mine != null) {
                        return mine;
                    }
                    if (shownByClass.contains(module.id())) {
                        return true;
                    }
                    return !hiddenByClass.contains(module.id()) && bands.contains(module.band().code());
                })
                .sorted(Comparator.comparing((ContentModule m) -> m.topic().ordinal())
                        .thenComparing(m -> m.band().ordinal()))
                .toList();
    }
}
