package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jaga.model.Band;
import jaga.content.Topic;
import jaga.learning.ModuleState;
import jaga.ui.common.Avatars;
import jaga.ui.profiles.ProfilesViewModel;
import org.junit.jupiter.api.Test;

/** No English may leak into a Malay screen, and no key may be used that neither bundle has. */
class TranslationsTest {

    private static Properties bundle(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/jaga/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsInBothLanguagesAndNoneIsBlank() throws Exception {
        Properties english = bundle("messages.properties");
        Properties malay = bundle("messages_ms.properties");

        assertThat(malay.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        english.forEach((key, value) -> assertThat(value.toString()).as(key + " (en)").isNotBlank());
        malay.forEach((key, value) -> assertThat(value.toString()).as(key + " (ms)").isNotBlank());
    }

    @Test
    void everyLiteralKeyUsedInTheScreensExists() throws Exception {
        Properties english = bundle("messages.properties");
        // A literal key is a whole string argument; keys built at run time are checked below.
        Pattern literalKey = Pattern.compile("i18n\\.(?:text|get)\\(\"([a-zA-Z0-9.\\-]+[a-zA-Z0-9])\"[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/jaga"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyShapedLiteralInTheScreensExists() throws Exception {
        // Keys handed on before reaching i18n (a Notice, a field label, a page title) are not caught above:
        // every string in the screens shaped like a key of the bundles must be one.
        Properties english = bundle("messages.properties");
        Set<String> prefixes = new TreeSet<>();
        english.stringPropertyNames().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Pattern keyShaped = Pattern.compile("\"([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9.\\-]*[a-zA-Z0-9])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/jaga/ui"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = keyShaped.matcher(Files.readString(source));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    boolean aFileName = literal.matches(".*\\.(properties|css|json|png|pdf|csv)");
                    if (!aFileName && prefixes.stream().anyMatch(literal::startsWith) && !english.containsKey(literal)) {
                        missing.add(literal + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeExists() throws Exception {
        Properties english = bundle("messages.properties");
        Set<String> needed = new TreeSet<>();
        for (Topic topic : Topic.values()) {
            needed.add("topic." + topic.code());
        }
        for (Band band : Band.values()) {
            needed.add("band.short." + band.code());
        }
        for (Band band : ProfilesViewModel.childBands()) {
            needed.add("band." + band.code());
        }
        for (ModuleState state : ModuleState.values()) {
            needed.add("home.state." + state.name());
        }
        Avatars.ALL.forEach(avatar -> needed.add("avatar." + avatar.id()));
        for (jaga.learning.Roster.Kind kind : jaga.learning.Roster.Kind.values()) {
            needed.add("roster.problem." + kind.name());
        }
        needed.add("roster.problem.BAND_LOOKS_LIKE_DATE.likely");
        for (jaga.learning.Roster.Refused.Reason reason : jaga.learning.Roster.Refused.Reason.values()) {
            if (reason != jaga.learning.Roster.Refused.Reason.UNREADABLE) { // said with the system's own words
                needed.add("roster.refused." + reason.name());
            }
        }

        assertThat(english.stringPropertyNames()).containsAll(needed);
    }
}
