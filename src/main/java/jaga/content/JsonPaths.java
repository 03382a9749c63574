package jaga.content;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** JSON paths written the way authors read them: {@code quiz.questions[3].choices}. */
final class JsonPaths {
    static final String ROOT = "$";

    private JsonPaths() {}

    static String child(String parent, String property) {
        return parent.equals(ROOT) ? property : parent + "." + property;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The same place as a JSON Pointer, to find the value in a tree: quiz.questions[3] is /quiz/questions/3. */
    static String toPointer(String path) {
        if (path.equals(ROOT)) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    static String of(List<JsonMappingException.Reference> references) {
        String path = ROOT;
        for (JsonMappingException.Reference ref : references) {
            path = ref.getFieldName() != null ? child(path, ref.getFieldName()) : index(path, ref.getIndex());
        }
        return path;
    }
}
