package jaga.learning.report;

import jaga.content.Topic;
import jaga.learning.ModuleState;
import jaga.model.Band;
import jaga.model.Language;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Report labels in the adult's language (English or Bahasa Melayu), from the ReportLabels
 * bundle beside this class: the learning layer has no access to the screens' messages.
 */
public final class ReportLabels {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    private ReportLabels(String language, ZoneId zone) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle("jaga.learning.report.ReportLabels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.zone = zone;
    }

    /** Labels in "en" or "ms" (anything else gets English); dates are shown in {@code zone}. */
    public static ReportLabels of(String language, ZoneId zone) {
        return new ReportLabels(Language.orEnglish(language).code(), zone);
    }

    public String language() {
        return Language.orEnglish(locale.getLanguage()).code();
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public ZoneId zone() {
        return zone;
    }

    public String topic(Topic topic) {
        return get("topic." + topic.code());
    }

    /** The band's name ("Ages 7-9"); an unknown code is shown as it is. */
    public String band(String code) {
        return bundle.containsKey("band." + code) ? get("band." + code) : code;
    }

    public String band(Band band) {
        return band(band.code());
    }

    public String state(ModuleState state) {
        return get("state." + state.name());
    }

    /** An ISO-8601 instant as a date a person reads ("22 November 2026"); null or bad text as "never". */
    public String date(String instant) {
        if (instant == null) {
            return get("report.never");
        }
        try {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** A short date for chart axes ("22/11"). */
    public String shortDate(String instant) {
        try {
            return DateTimeFormatter.ofPattern("d/M", locale).format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException | NullPointerException e) {
            return "";
        }
    }
}
