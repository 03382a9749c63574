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

    static String of(List<JsonMappingException.Reference> references) {
        String path = ROOT;
        for (JsonMappingException.Reference ref : references) {
            path = ref.getFieldName() != null ? child(path, ref.getFieldName()) : index(path, ref.getIndex());
        }
        return path;
    }
}
