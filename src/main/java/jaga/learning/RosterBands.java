package jaga.learning;

import jaga.model.Band;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out a roster row's age band from what a school's spreadsheet has in its band, age or
 * school-year cell:
 * <ul>
 *   <li>a band, as Jaga writes it ({@code 10-12}, {@code Ages 10-12}, {@code Umur 10-12},
 *       {@code 10 to 12 years}, {@code 10 hingga 12 tahun});</li>
 *   <li>an age: 7 to 9, 10 to 12 and 13 to 17 are the three bands; 6 is taken as 7-9 (a Tahun 1
 *       pupil before their birthday); younger or older is refused;</li>
 *   <li>a Malaysian school year: primary {@code Tahun}, {@code Darjah}, {@code Year} or {@code Standard}
 *       1-3 is ages 7-9 and 4-6 is ages 10-12; secondary {@code Tingkatan} or {@code Form} 1-5 (and the
 *       {@code Peralihan} / Remove year) is ages 13-17; Tingkatan 6 and preschool are outside Jaga's
 *       bands. {@code Year n} is the national school's Year n (Tahun n, age n + 6), not an
 *       international school's.</li>
 * </ul>
 * A bare number is an age in a band or age column, and the school year the header names in a
 * school-year column ("Tahun": primary, "Tingkatan": secondary; "Tahun/Tingkatan" cannot tell).
 * A cell that looks like a date (Excel turns a typed {@code 10-12} into {@code 10-Dec} or
 * {@code Dec-10}) is refused with a hint, naming the band it probably was.
 */
final class RosterBands {
    private RosterBands() {}

    /** What kind of column a cell is in; it decides what a bare number means. */
    enum Column {
        /** A band or age column: a bare number is an age. */
        BAND_OR_AGE,
        /** Headed Tahun, Darjah, Year or Standard: a bare number is a primary school year. */
        PRIMARY_YEAR,
        /** Headed Tingkatan or Form: a bare number is a secondary school year. */
        SECONDARY_YEAR,
        /** Headed "Tahun/Tingkatan", "School year" or "Level": a bare number could be either. */
        ANY_YEAR
    }

    /** A band read from a cell, or the problem with it ({@code detail}: the cell; {@code suggestion}: a likely band). */
    record Reading(Band band, Roster.Kind problem, String detail, String suggestion) {
        static Reading of(Band band) {
            return new Reading(band, null, "", "");
        }

        static Reading problem(Roster.Kind kind, String cell) {
            return new Reading(null, kind, cell, "");
        }

        boolean ok() {
            return band != null;
        }
    }

    private static final Pattern BAND_WORDS = Pattern.compile(
            "(?:(?:ages?|aged|umur|usia|band|kumpulan umur)\\s*:?\\s*)?(\\d{1,2})\\s*(?:-|to|hingga|sehingga|ke)\\s*(\\d{1,2})"
                    + "(?:\\s*(?:years?(?: old)?|yrs?|tahun|thn))?");
    private static final Pattern AGE = Pattern.compile(
            "(?:(?:age|umur|usia)\\s*:?\\s*)?(\\d{1,3})(?:[.,]\\d)?(\\s*(?:years?(?: old)?|yrs?|y\\.?o\\.?|tahun|thn))?");
    private static final Pattern PRIMARY = Pattern.compile("(?:tahun|thn|darjah|year|yr|standard|std)\\s*\\.?\\s*(\\d{1,2})");
    private static final Pattern SECONDARY = Pattern.compile("(?:tingkatan|ting|tkt|form|f)\\s*\\.?\\s*(\\d{1,2})");
    private static final Pattern TRANSITION = Pattern.compile("(?:kelas )?peralihan|remove(?: class)?");
    private static final Pattern PRESCHOOL = Pattern.compile("pra ?sekolah|prasekolah|pra|tadika|tabika|pre-?school|preschool|kindergarten|nursery");
    private static final Pattern SIXTH_FORM = Pattern.compile("(?:lower|upper) (?:6|six|sixth)(?: form)?|stpm|form (?:6|six)|tingkatan (?:6|enam)");

    // Dates as spreadsheets show them: 10-Dec, Dec-10, 10-Dec-2026, 12/10/2026, 2026-12-10, a date serial number.
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[-/ .]([a-z]{3,9})\\.?(?:[-/ .](\\d{2,4}))?");
    private static final Pattern MONTH_NUMBER = Pattern.compile("([a-z]{3,9})\\.?[-/ .](\\d{1,4})(?:[-/ .,]+(\\d{2,4}))?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,4})[/.-](\\d{1,2})(?:[/.-](\\d{1,4}))?(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:[.,]\\d+)?");

    /** English and Malay month names and their short forms, as spreadsheets write them. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("januari", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("februari", 2),
            Map.entry("mar", 3), Map.entry("mac", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("mei", 5),
            Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("julai", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("ogo", 8), Map.entry("ogos", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oktober", 10),
            Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12), Map.entry("dis", 12), Map.entry("disember", 12));

    /** The band a cell gives, or why it gives none; null for an empty cell. */
    static Reading read(String cell, Column column) {
        String text = normalise(cell);
        if (text.isEmpty()) {
            return null;
        }
        Matcher band = BAND_WORDS.matcher(text);
        if (band.matches()) {
            return bandOf(Integer.parseInt(band.group(1)), Integer.parseInt(band.group(2)))
                    .map(Reading::of).orElseGet(() -> Reading.problem(Roster.Kind.UNKNOWN_BAND, cell.strip()));
        }
        Matcher age = AGE.matcher(text);
        if (age.matches()) {
            int number = Integer.parseInt(age.group(1));
            boolean saysAge = age.group(2) != null || !text.matches("\\d.*"); // "11 tahun", "Umur 11"
            if (saysAge || column == Column.BAND_OR_AGE) {
                return ageBand(number).map(Reading::of)
                        .orElseGet(() -> Reading.problem(Roster.Kind.AGE_OUT_OF_RANGE, cell.strip()));
            }
            return switch (column) {
                case PRIMARY_YEAR -> primary(number, cell.strip());
                case SECONDARY_YEAR -> secondary(number, cell.strip());
                default -> Reading.problem(Roster.Kind.YEAR_AMBIGUOUS, cell.strip());
            };
        }
        Optional<Reading> date = asDate(text, cell.strip());
        if (date.isPresent()) {
            return date.get();
        }
        if (SIXTH_FORM.matcher(text).matches() || PRESCHOOL.matcher(text).matches()) {
            return Reading.problem(Roster.Kind.YEAR_OUT_OF_RANGE, cell.strip());
        }
        Matcher primary = PRIMARY.matcher(text);
        if (primary.matches()) {
            return primary(Integer.parseInt(primary.group(1)), cell.strip());
        }
        Matcher secondary = SECONDARY.matcher(text);
        if (secondary.matches()) {
            return secondary(Integer.parseInt(secondary.group(1)), cell.strip());
        }
        if (TRANSITION.matcher(text).matches()) {
            return Reading.of(Band.AGES_13_17);
        }
        return Reading.problem(Roster.Kind.UNKNOWN_BAND, cell.strip());
    }

    /** Jaga's three bands by their ends: 7-9, 10-12, 13-17. */
    static Optional<Band> bandOf(int from, int to) {
        if (from == 7 && to == 9) {
            return Optional.of(Band.AGES_7_9);
        } else if (from == 10 && to == 12) {
            return Optional.of(Band.AGES_10_12);
        } else if (from == 13 && to == 17) {
            return Optional.of(Band.AGES_13_17);
        }
        return Optional.empty();
    }

    /** 6 (a Tahun 1 pupil before their birthday) to 9: 7-9; 10-12; 13-17; nothing else. */
    static Optional<Band> ageBand(int age) {
        if (age >= 6 && age <= 9) {
            return Optional.of(Band.AGES_7_9);
        } else if (age >= 10 && age <= 12) {
            return Optional.of(Band.AGES_10_12);
        } else if (age >= 13 && age <= 17) {
            return Optional.of(Band.AGES_13_17);
        }
        return Optional.empty();
    }

    /** Tahun 1-3: ages 7-9; Tahun 4-6: ages 10-12. */
    private static Reading primary(int year, String cell) {
        if (year >= 1 && year <= 3) {
            return Reading.of(Band.AGES_7_9);
        } else if (year >= 4 && year <= 6) {
            return Reading.of(Band.AGES_10_12);
        }
        return Reading.problem(Roster.Kind.YEAR_OUT_OF_RANGE, cell);
    }

    /** Tingkatan 1-5: ages 13-17; Tingkatan 6 (18 and over) is past Jaga's bands. */
    private static Reading secondary(int form, String cell) {
        if (form >= 1 && form <= 5) {
            return Reading.of(Band.AGES_13_17);
        }
        return Reading.problem(Roster.Kind.YEAR_OUT_OF_RANGE, cell);
    }

    /**
     * A cell a spreadsheet turned into a date: refused, with the band it probably was when the
     * date's day and month are a band's two ends (10 December: 10-12).
     */
    private static Optional<Reading> asDate(String text, String cell) {
        int first;
        int second;
        Matcher dayMonth = DAY_MONTH.matcher(text);
        Matcher monthNumber = MONTH_NUMBER.matcher(text);
        Matcher numeric = NUMERIC_DATE.matcher(text);
        if (dayMonth.matches() && MONTHS.containsKey(dayMonth.group(2))) {
            first = Integer.parseInt(dayMonth.group(1));
            second = MONTHS.get(dayMonth.group(2));
        } else if (monthNumber.matches() && MONTHS.containsKey(monthNumber.group(1))) {
            first = MONTHS.get(monthNumber.group(1));
            second = Integer.parseInt(monthNumber.group(2));
        } else if (numeric.matches() && (numeric.group(3) != null || text.contains("/") || text.contains("."))) {
            // 12/10/2026, 10.12.2026, 2026-12-10, 10/12: the day and the month, whichever order they came in.
            // (10-12 on its own is a band, read before this.)
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(2));
            if (numeric.group(3) == null) {
                first = a;
                second = b;
            } else if (numeric.group(1).length() == 4) {
                first = b;
                second = Integer.parseInt(numeric.group(3));
            } else {
                first = a;
                second = b;
            }
            if (first > 31 || second > 31) {
                return Optional.empty();
            }
        } else if (SERIAL.matcher(text).matches()) {
            double serial = Double.parseDouble(text.replace(',', '.'));
            if (serial < 20_000 || serial > 80_000) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(1899, 12, 30).plusDays((long) serial); // the spreadsheets' day 0
            first = date.getDayOfMonth();
            second = date.getMonthValue();
        } else {
            return Optional.empty();
        }
        Optional<Band> likely = bandOf(Math.min(first, second), Math.max(first, second));
        return Optional.of(new Reading(null, Roster.Kind.BAND_LOOKS_LIKE_DATE, cell,
                likely.map(Band::code).orElse("")));
    }

    /** Lower case, one space between words, dashes as '-', no non-breaking spaces or full-width digits. */
    static String normalise(String cell) {
        String text = Normalizer.normalize(cell == null ? "" : cell, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = text.replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-");
        text = text.replaceAll("\\s*-\\s*", "-").replaceAll("[\\s\u00A0]+", " ").strip();
        return text.replace("- ", "-");
    }
}
