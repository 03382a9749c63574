package jaga.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Walks a JSON tree beside the record types it should become and reports every property that
 * no record knows, so an author sees all typos at once rather than one per run.
 */
final class UnknownProperties {
    /** Reflection allocates on every call, and this walk asks for every JSON object: ask once per type. */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> components = new java.util.LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component);
            }
            return components;
        }
    };

    private UnknownProperties() {}

    /** Calls {@code report} with the JSON path of each unknown property and the names allowed there. */
    static void find(JsonNode node, Type type, String path, BiConsumer<String, List<String>> report) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    find(node.get(i), generic.getActualTypeArguments()[0], JsonPaths.index(path, i), report);
                }
            }
            return;
        }
        if (!(type instanceof Class<?> target) || !node.isObject() || target == LocalizedText.class) {
            return; // texts are keyed by locale; scalars and enums have no properties
        }
        Class<?> concrete = target;
        List<String> known = new ArrayList<>();
        JsonTypeInfo typeInfo = target.getAnnotation(JsonTypeInfo.class);
        if (typeInfo != null) {
            concrete = subtype(target, node.path(typeInfo.property()).asText(null));
            if (concrete == null) {
                return; // an unknown type is reported by the mapping
            }
            known.add(typeInfo.property());
        }
        if (!concrete.isRecord()) {
            return;
        }
        Map<String, RecordComponent> components = COMPONENTS.get(concrete);
        known.addAll(components.keySet());
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = JsonPaths.child(path, field.getKey());
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                if (!known.contains(field.getKey())) {
                    report.accept(fieldPath, known);
                }
            } else {
                find(field.getValue(), component.getGenericType(), fieldPath, report);
            }
        }
    }

    private static Class<?> subtype(Class<?> base, String name) {
        JsonSubTypes subTypes = base.getAnnotation(JsonSubTypes.class);
        if (subTypes == null || name == null) {
            return null;
        }
        for (JsonSubTypes.Type candidate : subTypes.value()) {
            if (candidate.name().equals(name)) {
                return candidate.value();
            }
        }
        return null;
    }

}
