package jaga.content;

/** The one rule for ids in content (modules, lessons, steps, questions...): kebab-case. */
public final class ModuleIds {
    private ModuleIds() {}

    /**
     * Lowercase ASCII letters and digits in words joined by single hyphens ({@code grooming-7-9}),
     * as the regular expression {@code [a-z0-9]+(-[a-z0-9]+)*}, without one: every id in every
     * module is checked at each load.
     */
    public static boolean isKebabCase(String id) {
        if (id == null || id.isEmpty()) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }
}
