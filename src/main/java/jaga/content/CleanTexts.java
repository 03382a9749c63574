package jaga.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads a {@link LocalizedText} straight into its small map, for {@link RecordMapper#readClean}
 * only: an object of texts in quotes and nothing else. Anything else (a null, a number, a list) is
 * refused, and the file is then read the tree's way, which says what is wrong in the author's words.
 */
final class CleanTexts extends StdDeserializer<LocalizedText> {
    private static final long serialVersionUID = 1L;

    CleanTexts() {
        super(LocalizedText.class);
    }

    @Override
    public LocalizedText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = parser.nextToken();
        }
        String[] pairs = new String[4];
        int size = 0;
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String language = parser.currentName();
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                return (LocalizedText) context.handleUnexpectedToken(String.class, parser);
            }
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = language;
            pairs[size++] = parser.getText();
        }
        if (token != JsonToken.END_OBJECT) {
            return (LocalizedText) context.handleUnexpectedToken(LocalizedText.class, parser);
        }
        return new LocalizedText(TextMap.ofPairs(Arrays.copyOf(pairs, size)));
    }
}
