package jaga.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a JSON tree beside the record types it should become and reports every property that
 * no record knows, so an author sees all typos at once rather than one per run, and every null in
 * a list (which the records' {@code List.copyOf} would turn into Java's words). One walk for both,
 * and a JSON path is written out only for what is reported: most files have nothing to report.
 */
final class UnknownProperties {
    /** What the walk found. */
    interface Report {
        /** A property no record has, with the names allowed there. */
        void unknown(String path, List<String> known);

        /** A null element of a list. */
        void nullInList(String path);
    }

    /** Reflection allocates on every call, and this walk asks for every JSON object: ask once per type. */
    private static final ClassValue<Map<String, Type>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> type) {
            Map<String, Type> components = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component.getGenericType());
            }
            return components;
        }
    };

    private final Report report;
    // The path of the value being looked at, as a stack: a name, or null and an index.
    private String[] names = new String[16];
    private int[] indices = new int[16];
    private int depth;

    private UnknownProperties(Report report) {
        this.report = report;
    }

    /** Reports each unknown property and each null in a list under {@code root}, which should become a {@code type}. */
    static void find(JsonNode root, Type type, Report report) {
        new UnknownProperties(report).walk(root, type);
    }

    private void walk(JsonNode node, Type type) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class && node.isArray()) {
            Type element = generic.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                enter(null, i);
                JsonNode item = node.get(i);
                if (item.isNull()) {
                    report.nullInList(path());
                } else {
                    walk(item, element);
                }
                leave();
            }
            return;
        }
        if (!(type instanceof Class<?> target) || !node.isObject() || target == LocalizedText.class) {
            anywhere(node); // texts are keyed by locale; scalars and enums have no properties
            return;
        }
        Class<?> concrete = target;
        String typeProperty = null;
        JsonTypeInfo typeInfo = target.getAnnotation(JsonTypeInfo.class);
        if (typeInfo != null) {
            typeProperty = typeInfo.property();
            concrete = subtype(target, node.path(typeProperty).asText(null));
        }
        if (concrete == null || !concrete.isRecord()) {
            anywhere(node); // an unknown type is reported by the mapping
            return;
        }
        Map<String, Type> components = COMPONENTS.get(concrete);
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            enter(field.getKey(), 0);
            Type component = components.get(field.getKey());
            if (component != null) {
                walk(field.getValue(), component);
            } else {
                if (!field.getKey().equals(typeProperty)) {
                    List<String> known = new ArrayList<>();
                    if (typeProperty != null) {
                        known.add(typeProperty);
                    }
                    known.addAll(components.keySet());
                    report.unknown(path(), known);
                }
                anywhere(field.getValue());
            }
            leave();
        }
    }

    /** Nulls in lists anywhere below a value no record describes. */
    private void anywhere(JsonNode node) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                enter(null, i);
                if (node.get(i).isNull()) {
                    report.nullInList(path());
                } else {
                    anywhere(node.get(i));
                }
                leave();
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                enter(field.getKey(), 0);
                anywhere(field.getValue());
                leave();
            }
        }
    }

    private void enter(String name, int index) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
        names[depth] = name;
        indices[depth] = index;
        depth++;
    }

    private void leave() {
        depth--;
    }

    private String path() {
        String path = JsonPaths.ROOT;
        for (int i = 0; i < depth; i++) {
            path = names[i] != null ? JsonPaths.child(path, names[i]) : JsonPaths.index(path, indices[i]);
        }
        return path;
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
