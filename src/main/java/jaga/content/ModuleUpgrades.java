package jaga.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a module written for an older format version up to the current one, one version at a
 * time, on the JSON tree before it becomes records. Older files on disk are never rewritten.
 */
final class ModuleUpgrades {
    static final int CURRENT = 3;

    /** Step N upgrades a version N+1 file to version N+2. */
    private static final List<Consumer<ObjectNode>> STEPS = List.of(ModuleUpgrades::version1To2,
            ModuleUpgrades::version2To3);

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

    /**
     * Version 3 gave each conversation starter its own age band ({@code {"band", "text"}}); version 2
     * guides wrote the age into the text ("Ages 7 to 9: ...", "(Ages 7-9) ...", "Umur 7-9: ...").
     * The band is read from such an English opening, and the opening is taken out of each
     * language's text, since the app now writes the age itself.
     */
    private static void version2To3(ObjectNode module) {
        JsonNode starters = module.path("guide").path("conversationStarters");
        if (!starters.isArray()) {
            return;
        }
        ArrayNode array = (ArrayNode) starters;
        for (int i = 0; i < array.size(); i++) {
            JsonNode text = array.get(i);
            if (!text.isObject() || text.has("text")) {
                continue;
            }
            ObjectNode starter = array.objectNode();
            Matcher ages = AGES_OPENING.matcher(text.path("en").asText(""));
            if (ages.find()) {
                if (ages.group(1) != null) {
                    starter.put("band", ages.group(1) + "-" + ages.group(2));
                }
                ObjectNode words = ((ObjectNode) text).deepCopy();
                words.put("en", withoutOpening(ages, text.path("en").asText()));
                Matcher umur = UMUR_OPENING.matcher(text.path("ms").asText(""));
                if (text.path("ms").isTextual() && umur.find()) {
                    words.put("ms", withoutOpening(umur, text.path("ms").asText()));
                }
                text = words;
            }
            starter.set("text", text);
            array.set(i, starter);
        }
    }

    /** "Ages 7-9", "For ages 7 to 9 (title):", "(Ages 7-9, \"title\")", "Any age:" and the like. */
    private static final Pattern AGES_OPENING = Pattern.compile("^\\(?\\s*(?:for\\s+)?(?:ages\\s+(\\d+)\\s*(?:-|to)\\s*(\\d+)"
            + "|any age)\\s*(?:\\([^)]*\\)|,\\s*\"[^\"]*\"\\s*\\)|\\))?\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
    /** The same openings in Malay: "Umur 7-9", "Untuk umur 7 hingga 9", "Semua umur". */
    private static final Pattern UMUR_OPENING = Pattern.compile("^\\(?\\s*(?:untuk\\s+)?(?:umur\\s+(\\d+)\\s*(?:-|hingga)\\s*(\\d+)"
            + "|semua umur)\\s*(?:\\([^)]*\\)|,\\s*\"[^\"]*\"\\s*\\)|\\))?\\s*:?\\s*", Pattern.CASE_INSENSITIVE);

    private static String withoutOpening(Matcher opening, String text) {
        String rest = text.substring(opening.end());
        return rest.isEmpty() ? text : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
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
