package jaga.ui.common;

import java.util.Locale;
import java.util.regex.Pattern;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Labeled;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons that grow with the text-size setting. An icon's size cannot be given in em in the
 * stylesheet (ikonli measures em against the icon's own font, so it grows without end), so these
 * follow a measure that does grow: the font of the words beside the icon, or the size of the disc
 * it sits on. The size is set inline, which outranks the stylesheets' pixel sizes; its colour
 * still comes from the stylesheets.
 */
public final class IconSizes {
    private static final Pattern OWN_SIZE = Pattern.compile("-fx-icon-size\\s*:[^;]*;?");

    private IconSizes() {}

    /** The icon {@code em} times as big as the font of {@code text} (the label or button it stands by). */
    public static FontIcon like(FontIcon icon, Labeled text, double em) {
        Runnable size = () -> sized(icon, text.getFont().getSize() * em);
        text.fontProperty().addListener((obs, was, now) -> size.run());
        size.run();
        return icon;
    }

    /** The icon {@code share} of {@code measure} (e.g. the width of the disc it is drawn on). */
    public static FontIcon share(FontIcon icon, ObservableDoubleValue measure, double share) {
        Runnable size = () -> {
            if (measure.get() > 0) {
                sized(icon, measure.get() * share);
            }
        };
        measure.addListener((obs, was, now) -> size.run());
        size.run();
        return icon;
    }

    /** Replaces only the size in the icon's inline style: ikonli keeps the icon font's family there too. */
    private static void sized(FontIcon icon, double pixels) {
        String others = OWN_SIZE.matcher(icon.getStyle() == null ? "" : icon.getStyle()).replaceAll("").strip();
        String separator = others.isEmpty() || others.endsWith(";") ? "" : ";";
        icon.setStyle(String.format(Locale.ROOT, "%s%s -fx-icon-size: %dpx;", others, separator, Math.round(pixels)).strip());
    }
}
