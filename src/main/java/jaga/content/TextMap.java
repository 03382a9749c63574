package jaga.content;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The languages of one {@link LocalizedText}: a map that cannot be changed, in the order it was
 * written, kept in one array. A module has thousands of texts of two languages each; a
 * {@code LinkedHashMap} behind an unmodifiable view cost four objects per text more, at every load.
 */
final class TextMap extends AbstractMap<String, String> {
    private final String[] pairs; // key, value, key, value...

    private TextMap(String[] pairs) {
        this.pairs = pairs;
    }

    /** The same entries in the same order, unchangeable (the map itself when it is one already). */
    static Map<String, String> of(Map<String, String> source) {
        if (source instanceof TextMap map) {
            return map;
        }
        String[] pairs = new String[source.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> entry : source.entrySet()) {
            pairs[i++] = entry.getKey();
            pairs[i++] = entry.getValue();
        }
        return new TextMap(pairs);
    }

    /** Key, value, key, value... (the array is kept: the caller gives it up). */
    static TextMap ofPairs(String[] pairs) {
        return new TextMap(pairs);
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (Objects.equals(pairs[i], key)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (Objects.equals(pairs[i], key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = new SimpleImmutableEntry<>(pairs[next], pairs[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return pairs.length / 2;
            }
        };
    }
}
