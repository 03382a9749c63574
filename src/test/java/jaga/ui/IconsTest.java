package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Every icon code written in the screens exists in the icon pack. An unknown code throws while
 * a screen is being built and leaves it half drawn (it happened to the home screen once).
 */
class IconsTest {

    @Test
    void everyIconCodeInTheSourceExists() throws Exception {
        Pattern code = Pattern.compile("\"(mdi2[a-z]-[a-z0-9-]+)\"");
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = code.matcher(Files.readString(source));
                while (matcher.find()) {
                    checked++;
                    if (!exists(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    /** mdi2x-some-name is the constant SOME_NAME of the pack's enum for letter x. */
    private static boolean exists(String iconCode) {
        String letter = iconCode.substring(4, 5).toUpperCase();
        String constant = iconCode.substring(6).replace('-', '_').toUpperCase();
        try {
            Class<?> pack = Class.forName(MaterialDesignA.class.getPackageName() + ".MaterialDesign" + letter);
            for (Object value : pack.getEnumConstants()) {
                if (((Enum<?>) value).name().equals(constant)) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
