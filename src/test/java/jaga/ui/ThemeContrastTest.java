package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jaga.content.Topic;
import jaga.ui.path.Badges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text/background pair in both themes meets WCAG AA: 4.5:1 for text (3:1 for the large
 * and bold titles and for parts of controls such as borders and progress bars). Pairs set in
 * one rule are found in the stylesheets; pairs set in separate rules (text drawn on a parent's
 * background) are listed below by name.
 */
class ThemeContrastTest {
    private static final double TEXT = 4.5;
    private static final double UI_PART = 3.0;

    /** Text colour, background colour, minimum ratio: text that sits on a background set elsewhere. */
    private static final List<Object[]> PAIRS_ACROSS_RULES = List.of(
            new Object[] {"-jaga-text", "-jaga-bg", TEXT},
            new Object[] {"-jaga-text", "-jaga-surface", TEXT},
            new Object[] {"-jaga-muted", "-jaga-bg", TEXT},
            new Object[] {"-jaga-muted", "-jaga-surface", TEXT},
            new Object[] {"-jaga-accent", "-jaga-bg", TEXT},            // "My lessons" link
            new Object[] {"-jaga-accent", "-jaga-surface", TEXT},
            new Object[] {"-jaga-accent-text", "-jaga-accent", TEXT},   // main buttons, key point numbers
            new Object[] {"-jaga-accent-soft-text", "-jaga-surface", TEXT}, // chat replies, help numbers
            new Object[] {"-jaga-accent-soft-text", "-jaga-accent-soft", TEXT},
            new Object[] {"-jaga-text", "-jaga-good-bg", TEXT},         // feedback text
            new Object[] {"-jaga-text", "-jaga-warn-bg", TEXT},
            new Object[] {"-jaga-good-text", "-jaga-good-bg", TEXT},
            new Object[] {"-jaga-warn-text", "-jaga-warn-bg", TEXT},
            new Object[] {"-jaga-error-text", "-jaga-bg", TEXT},
            new Object[] {"-jaga-error-text", "-jaga-surface", TEXT},
            new Object[] {"-jaga-header-text", "-jaga-header-bg", TEXT},
            new Object[] {"-jaga-text", "-jaga-thread-bg", TEXT},       // chat thread background
            new Object[] {"-jaga-accent", "-jaga-surface", UI_PART},    // speaker buttons, read-aloud outline
            new Object[] {"-jaga-accent", "-jaga-thread-bg", UI_PART},  // read-aloud outline in a chat
            new Object[] {"-jaga-muted", "-jaga-thread-bg", TEXT},
            new Object[] {"-jaga-button-fg", "-jaga-button-bg", TEXT},  // plain buttons (Back, Cancel)
            new Object[] {"-jaga-button-border", "-jaga-button-bg", UI_PART},
            new Object[] {"-jaga-border", "-jaga-surface", UI_PART},    // control outlines
            new Object[] {"-jaga-accent", "-jaga-bg", UI_PART},         // progress bar
            // Projector mode
            new Object[] {"-jaga-text", "-jaga-accent-soft", TEXT},     // the check's explanation
            new Object[] {"-jaga-border", "-jaga-surface", UI_PART},    // an option's outline
            new Object[] {"-jaga-accent-text", "-jaga-accent", TEXT},   // option letters, Continue with A
            // The path through a module and the badge shelf
            new Object[] {"-jaga-good-text", "-jaga-surface", TEXT},    // "done" on a home card
            new Object[] {"-jaga-accent", "-jaga-accent-soft", UI_PART}, // the "you are here" marker
            new Object[] {"-jaga-accent-soft-text", "-jaga-accent-soft", TEXT});

    /**
     * Colours set in separate rules or in code, read where they are set: a colour is a named colour
     * ({@code -jaga-surface}), or {@code selector|property} for the value the stylesheets finally give
     * that selector. Badge discs are drawn in code ({@link Badges}) and checked below from there.
     */
    private static final List<String[]> PAIRS_BY_SELECTOR = List.of(
            new String[] {"my bubble", ".bubble-mine .bubble-text|-fx-text-fill", ".bubble-mine|-fx-background-color"},
            new String[] {"flag reason", ".flag-why-flag|-fx-text-fill", "-jaga-surface"},
            new String[] {"projector: a revealed safe reply's outline", ".projector-option.choice-correct|-fx-border-color",
                    ".projector-option.choice-correct|-fx-background-color"},
            new String[] {"projector: a revealed reply to think again about, outline",
                    ".projector-option.choice-wrong|-fx-border-color", ".projector-option.choice-wrong|-fx-background-color"},
            new String[] {"projector: a red flag's outline", ".projector-flagged|-fx-border-color", "-jaga-thread-bg"},
            new String[] {"lesson-done stars", ".lesson-done-star|-fx-icon-color", "-jaga-surface"});

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[a-z-]+)\\s*:\\s*([^;]+);");

    private static String css(String name) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("/jaga/ui/theme/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    /** The named colours of a theme: the base theme, with the high-contrast sheet's overrides on top. */
    private static Map<String, String> colours(List<String> sheets) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (String sheet : sheets) {
            Matcher rule = RULE.matcher(sheet);
            while (rule.find()) {
                if (rule.group(1).strip().equals(".root")) {
                    Matcher declaration = DECLARATION.matcher(rule.group(2));
                    while (declaration.find()) {
                        colours.put(declaration.group(1), declaration.group(2).strip());
                    }
                }
            }
        }
        return colours;
    }

    private static String resolve(String value, Map<String, String> colours) {
        String current = value.strip();
        for (int depth = 0; depth < 10 && current.startsWith("-"); depth++) {
            current = colours.getOrDefault(current, current);
        }
        return current.matches("#[0-9A-Fa-f]{6}") ? current : null;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"standard", "high contrast"})
    void everyTextAndBackgroundPairMeetsWcagAa(String theme) throws IOException {
        List<String> sheets = new ArrayList<>(List.of(css("jaga.css")));
        if (theme.equals("high contrast")) {
            sheets.add(css("jaga-high-contrast.css"));
        }
        Map<String, String> colours = colours(sheets);
        List<String> failures = new ArrayList<>();
        int checked = 0;

        for (Object[] pair : PAIRS_ACROSS_RULES) {
            checked++;
            check(pair[0] + " on " + pair[1], resolve((String) pair[0], colours), resolve((String) pair[1], colours),
                    (double) pair[2], failures);
        }
        // Later sheets override earlier ones selector by selector, as the CSS cascade does, so each
        // selector is checked as it finally applies.
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        for (String sheet : sheets) {
            Matcher rule = RULE.matcher(sheet);
            while (rule.find()) {
                for (String selector : rule.group(1).split(",")) {
                    Map<String, String> declarations = rules.computeIfAbsent(selector.strip(), k -> new LinkedHashMap<>());
                    Matcher declaration = DECLARATION.matcher(rule.group(2));
                    while (declaration.find()) {
                        declarations.put(declaration.group(1), declaration.group(2).strip());
                    }
                }
            }
        }
        if (theme.equals("standard")) { // these colours are not changed by the high-contrast sheet
            for (String[] pair : PAIRS_BY_SELECTOR) {
                checked++;
                check(pair[0], colour(pair[1], rules, colours), colour(pair[2], rules, colours), TEXT, failures);
            }
            for (Topic topic : Topic.values()) { // a badge's white picture on its topic's medal
                checked++;
                check("badge: " + topic, colour(".badge-art-icon|-fx-icon-color", rules, colours),
                        hex(Badges.colour(topic)), TEXT, failures);
            }
            checked++;
            check("badge still to earn: the lock", colour(".badge-art-locked|-fx-icon-color", rules, colours),
                    hex(Badges.LOCKED_DISC), TEXT, failures);
        }
        // Pairs set together in one rule.
        for (Map.Entry<String, Map<String, String>> rule : rules.entrySet()) {
            Map<String, String> declarations = rule.getValue();
            String text = declarations.getOrDefault("-fx-text-fill", declarations.get("-fx-fill"));
            String background = declarations.get("-fx-background-color");
            if (text != null && background != null && resolve(background, colours) != null) {
                checked++;
                boolean large = declarations.getOrDefault("-fx-font-weight", "").equals("bold")
                        && declarations.getOrDefault("-fx-font-size", "").matches("1\\.[3-9]em|[2-9]em");
                check(rule.getKey(), resolve(text, colours), resolve(background, colours), large ? UI_PART : TEXT, failures);
            }
        }
        assertThat(checked).isGreaterThan(25);
        assertThat(failures).as(theme).isEmpty();
    }

    /** A named colour, or {@code selector|property} as the stylesheets finally set it; null if not found. */
    private static String colour(String where, Map<String, Map<String, String>> rules, Map<String, String> colours) {
        if (!where.contains("|")) {
            return resolve(where, colours);
        }
        String[] parts = where.split("\\|");
        String value = rules.getOrDefault(parts[0], Map.of()).get(parts[1]);
        return value == null ? null : resolve(value, colours);
    }

    private static String hex(javafx.scene.paint.Color colour) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }

    private static void check(String what, String foreground, String background, double minimum, List<String> failures) {
        if (foreground == null || background == null) {
            failures.add(what + ": colour not found");
            return;
        }
        double ratio = contrast(foreground, background);
        if (ratio < minimum) {
            failures.add(String.format(Locale.ROOT, "%s: %s on %s is %.2f:1, needs %.1f:1", what, foreground, background,
                    ratio, minimum));
        }
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channel[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}
