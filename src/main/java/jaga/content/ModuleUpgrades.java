package jaga.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Brings a module written for an older format version up to the current one, one version at a
 * time, on the JSON tree before it becomes records. Older files on disk are never rewritten.
 */
final class ModuleUpgrades {
    static final int CURRENT = 2;

    /** Step N upgrades a version N+1 file to version N+2. */
    private static final List<Consumer<ObjectNode>> STEPS = List.of(ModuleUpgrades::version1To2);

    private ModuleUpgrades() {}

    static void upgrade(ObjectNode module, int fromVersion) {
        for (int version = fromVersion; version < CURRENT; version++) {
            STEPS.get(version - 1).accept(module);
            module.put("formatVersion", version + 1);
        }
    }

    /**
     * Version 2 added the audience, learning objectives and estimated minutes. Version 1 modules
     * were all for learners; their summary serves as the objective, and the time is estimated
     * from the amount of text (about 100 words a minute, half a minute a question).
     */
    private static void version1To2(ObjectNode module) {
        if (!module.has("audience")) {
            module.put("audience", Audience.LEARNER.code());
        }
        if (!module.has("objectives") && module.get("summary") != null) {
            ArrayNode objectives = module.putArray("objectives");
            objectives.add(module.get("summary").deepCopy());
        }
        if (!module.has("estimatedMinutes")) {
            int words = englishWords(module.get("lessons"));
            int questions = module.path("quiz").path("questions").size();
            module.put("estimatedMinutes", Math.max(1, (int) Math.ceil(words / 100.0 + questions * 0.5)));
        }
    }

    private static int englishWords(JsonNode node) {
        if (node == null) {
            return 0;
        }
        int words = 0;
        if (node.isObject() && node.get("en") != null && node.get("en").isTextual()) {
            words += node.get("en").asText().split("\\s+").length;
        }
        for (JsonNode child : node) {
            words += englishWords(child);
        }
        return words;
    }
}
