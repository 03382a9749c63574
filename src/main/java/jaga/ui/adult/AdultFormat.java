package jaga.ui.adult;

import jaga.content.Topic;
import jaga.learning.report.ModuleInfo;
import jaga.learning.report.ReportLabels;
import jaga.ui.common.I18n;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the adult pages write dates, topics, modules and scores, in the adult's language. */
final class AdultFormat {
    private AdultFormat() {}

    /** The bands a learner (a child) can be in, youngest first. */
    static final java.util.List<jaga.model.Band> CHILD_BANDS = java.util.List.of(
            jaga.model.Band.AGES_7_9, jaga.model.Band.AGES_10_12, jaga.model.Band.AGES_13_17);

    /** An ISO-8601 instant as a local date ("22 Nov 2026"), or "never" when there is none. */
    static String date(String isoInstant, I18n i18n) {
        if (isoInstant == null || isoInstant.isBlank()) {
            return i18n.get("adult.never");
        }
        try {
            // Malaysian conventions in both languages: "22 Nov 2026", "22 Nov 2026".
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Locale.forLanguageTag(i18n.language() + "-MY"))
                    .format(Instant.parse(isoInstant).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** An ISO-8601 instant as a local date and time ("6 Dec 2026, 2:05 pm"), or "never". */
    static String dateTime(String isoInstant, I18n i18n) {
        if (isoInstant == null || isoInstant.isBlank()) {
            return i18n.get("adult.never");
        }
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Locale.forLanguageTag(i18n.language() + "-MY"))
                    .format(Instant.parse(isoInstant).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** Topic names as the printed reports write them, so screen and paper agree. */
    static String topic(Topic topic, I18n i18n) {
        return ReportLabels.of(i18n.language(), ZoneId.systemDefault()).topic(topic);
    }

    static String module(ModuleInfo module, I18n i18n) {
        String title = i18n.in(module.title());
        return module.retired() ? i18n.get("adult.module.retired", title) : title;
    }

    static String score(Integer percent, I18n i18n) {
        return percent == null ? "\u2013" : i18n.get("adult.percent", percent);
    }
}
