package jaga.ui.shell;

import jaga.ui.common.DisplaySettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Icons that grow with the text size. Ikonli's icon size is a number of pixels (an em would be
 * resolved against the icon's own font, which Ikonli sets from the icon size, so it would grow
 * without end), so each text size needs its own rules: they are made here from one table of sizes
 * at 100% (the same as jaga.css gives each selector), scaled and rounded half to even, for the
 * root that {@link MainWindow} marks {@code text-size-NNN}.
 */
final class IconSizeRules {
    /** A selector and its icon size at 100% text (as in jaga.css). */
    record Icon(String selector, int size) {}

    static final List<Icon> GROWING = List.of(
            new Icon(".app-header .logo-icon", 28),
            new Icon(".header-button .ikonli-font-icon", 18),
            new Icon(".topic-icon .ikonli-font-icon", 36),
            new Icon(".path-icon", 24),
            new Icon(".badge-icon", 22),
            new Icon(".help-way-icon", 16),
            new Icon(".help-card-icon", 32),
            new Icon(".speaker-button .ikonli-font-icon", 22),
            new Icon(".choice-mark", 22),
            new Icon(".feedback-icon", 28),
            new Icon(".result-icon", 72),
            new Icon(".help-step-icon", 28),
            new Icon(".ending-icon", 28),
            new Icon(".flag-icon", 20),
            new Icon(".lesson-done-star-big", 64),
            new Icon(".lesson-done-star-small", 40),
            new Icon(".certificate-note .ikonli-font-icon", 22),
            new Icon(".badge-art-icon", 36),
            new Icon(".badge-art-locked", 30));

    /** The rules for every text size above 100%, as a stylesheet (data URL), made once. */
    static final String STYLESHEET = "data:text/css;base64,"
            + Base64.getEncoder().encodeToString(rules().getBytes(StandardCharsets.UTF_8));

    private IconSizeRules() {}

    /** One rule per text size above 100% and icon: {@code .text-size-150 .path-icon { -fx-icon-size: 36; }}. */
    static String rules() {
        StringBuilder css = new StringBuilder();
        for (int textSize : DisplaySettings.TEXT_SIZES) {
            if (textSize == 100) {
                continue; // jaga.css itself
            }
            for (Icon icon : GROWING) {
                css.append(".text-size-").append(textSize).append(' ').append(icon.selector())
                        .append(" { -fx-icon-size: ").append(scaled(icon.size(), textSize)).append("; }\n");
            }
        }
        return css.toString();
    }

    static int scaled(int size, int textSize) {
        return BigDecimal.valueOf((long) size * textSize).divide(BigDecimal.valueOf(100))
                .setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    }
}
