package jaga.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The icons that grow with the text start from the sizes jaga.css gives them, and scale as the table did. */
class IconSizeRulesTest {

    @Test
    void eachGrowingIconStartsFromItsSizeInTheStylesheet() throws IOException {
        String css;
        try (InputStream in = IconSizeRules.class.getResourceAsStream("/jaga/ui/theme/jaga.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Map<String, Integer> lastSize = new HashMap<>();
        Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(css);
        while (rule.find()) {
            Matcher size = Pattern.compile("-fx-icon-size:\\s*(\\d+)").matcher(rule.group(2));
            if (size.find()) {
                for (String selector : rule.group(1).split(",")) {
                    lastSize.put(selector.strip(), Integer.parseInt(size.group(1)));
                }
            }
        }
        for (IconSizeRules.Icon icon : IconSizeRules.GROWING) {
            assertThat(lastSize.get(icon.selector())).as(icon.selector()).isEqualTo(icon.size());
        }
    }

    @Test
    void sizesScaleWithTheTextRoundedHalfToEven() {
        String rules = IconSizeRules.rules();
        assertThat(rules).contains(".text-size-200 .result-icon { -fx-icon-size: 144; }")
                .contains(".text-size-125 .header-button .ikonli-font-icon { -fx-icon-size: 22; }") // 22.5
                .contains(".text-size-175 .header-button .ikonli-font-icon { -fx-icon-size: 32; }") // 31.5
                .contains(".text-size-175 .badge-art-locked { -fx-icon-size: 52; }") // 52.5
                .doesNotContain(".text-size-100");
        assertThat(rules.lines()).hasSize(4 * IconSizeRules.GROWING.size());
    }
}
