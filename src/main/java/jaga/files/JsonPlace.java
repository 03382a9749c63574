package jaga.files;

/**
 * An object or a list being read from a JSON file token by token, and the path of each value in
 * it as Jaga's messages write paths ({@code learners[0].quizAttempts[2].answers[1].credit}): the
 * one way content and progress follow where they are in a file. {@code root} is the path of the
 * whole document ("$" for lesson files, "" for exports); a name directly under it stands alone.
 */
public final class JsonPlace {
    private final String root;
    private final String path;
    private final boolean array;
    private String name;
    private int count;

    public JsonPlace(String root, String path, boolean array) {
        this.root = root;
        this.path = path;
        this.array = array;
    }

    public String path() {
        return path;
    }

    public boolean isArray() {
        return array;
    }

    /** The field name just read in an object; the next value is under it. */
    public void name(String fieldName) {
        this.name = fieldName;
    }

    /** The last field name read in an object, or null. */
    public String name() {
        return name;
    }

    /** How many values of a list have been read so far. */
    public int count() {
        return count;
    }

    /** The path of the value being read now, counting it if this is a list. */
    public String childPath() {
        return array ? index(path, count++) : child(root, path, name);
    }

    public static String child(String root, String parent, String name) {
        return parent.equals(root) ? name : parent + "." + name;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
