package jaga.learning;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a roster holds what, found from the header's words in English or Malay and the
 * variants schools use ({@code Nama Murid}, {@code Kelas}, {@code Umur}, {@code Tahun/Tingkatan},
 * {@code learner_name}...), in any case, with stray punctuation ({@code No.}, {@code Umur (tahun)})
 * ignored. Columns it does not know ({@code Bil}, {@code Jantina}, {@code No. KP}) are left alone.
 */
final class RosterColumns {

    /** What a known column holds. */
    enum Role {
        NAME, FIRST_NAME, LAST_NAME, CLASS, BAND, AGE, PRIMARY_YEAR, SECONDARY_YEAR, ANY_YEAR;

        /** Where a bare number in this column is read as a band, age or school year. */
        RosterBands.Column bandColumn() {
            return switch (this) {
                case PRIMARY_YEAR -> RosterBands.Column.PRIMARY_YEAR;
                case SECONDARY_YEAR -> RosterBands.Column.SECONDARY_YEAR;
                case ANY_YEAR -> RosterBands.Column.ANY_YEAR;
                default -> RosterBands.Column.BAND_OR_AGE;
            };
        }
    }

    /** Columns that can give a row its band, in the order they are tried. */
    static final List<Role> BAND_ROLES =
            List.of(Role.BAND, Role.AGE, Role.PRIMARY_YEAR, Role.SECONDARY_YEAR, Role.ANY_YEAR);

    private static final Map<Role, Set<String>> WORDS = new EnumMap<>(Map.of(
            Role.NAME, Set.of("name", "names", "full name", "fullname", "student name", "students name",
                    "student s name", "pupil name", "pupils name", "pupil s name", "learner name", "learner",
                    "learners name", "child name", "childs name", "child s name", "child", "student", "pupil",
                    "nama", "nama penuh", "nama murid", "nama pelajar", "nama kanak kanak", "nama anak", "nama calon",
                    "murid", "pelajar", "nama murid pelajar"),
            Role.FIRST_NAME, Set.of("first name", "firstname", "given name", "given names", "forename", "nama pertama"),
            Role.LAST_NAME, Set.of("last name", "lastname", "surname", "family name", "nama keluarga"),
            Role.CLASS, Set.of("class", "class name", "classname", "kelas", "nama kelas", "group", "kumpulan",
                    "homeroom", "form class"),
            Role.BAND, Set.of("band", "age band", "age group", "ages", "age range", "kumpulan umur", "band umur",
                    "julat umur", "peringkat umur", "lingkungan umur", "kategori umur"),
            Role.AGE, Set.of("age", "umur", "usia", "age years", "age in years", "umur tahun", "umur thn"),
            Role.PRIMARY_YEAR, Set.of("year", "year group", "tahun", "darjah", "standard", "thn", "year level"),
            Role.SECONDARY_YEAR, Set.of("form", "tingkatan", "ting", "tkt"),
            Role.ANY_YEAR, Set.of("school year", "tahun persekolahan", "tahun tingkatan", "darjah tingkatan",
                    "tahun darjah tingkatan", "year form", "level", "tahap", "tahun darjah", "year form level")));

    private final Map<Role, Integer> columns;
    private final Map<Role, String> headings;

    private RosterColumns(Map<Role, Integer> columns, Map<Role, String> headings) {
        this.columns = columns;
        this.headings = headings;
    }

    /** The columns of a header line; a role named twice is refused (which column would count?). */
    static RosterColumns of(List<String> header) {
        Map<Role, Integer> columns = new EnumMap<>(Role.class);
        Map<Role, String> headings = new EnumMap<>(Role.class);
        for (int i = 0; i < header.size(); i++) {
            Optional<Role> role = role(header.get(i));
            if (role.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(role.get(), i) != null) {
                String first = headings.get(role.get());
                String second = header.get(i).strip();
                throw new Roster.Refused(Roster.Refused.Reason.COLUMN_TWICE, List.of(first, second),
                        first.equalsIgnoreCase(second)
                                ? "The first line names the column \"" + first + "\" twice. Keep one of them."
                                : "The first line has two columns for the same thing: \"" + first + "\" and \""
                                + second + "\". Keep one of them.");
            }
            headings.put(role.get(), header.get(i).strip());
        }
        return new RosterColumns(columns, headings);
    }

    /** The role a heading names, if Jaga knows the word. */
    static Optional<Role> role(String heading) {
        String words = words(heading);
        return WORDS.entrySet().stream().filter(e -> e.getValue().contains(words)).map(Map.Entry::getKey).findFirst();
    }

    /** Lower case, letters and digits only, one space between words: "No. Murid" is "no murid". */
    static String words(String heading) {
        String text = Normalizer.normalize(heading, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    boolean hasName() {
        return columns.containsKey(Role.NAME) || columns.containsKey(Role.FIRST_NAME);
    }

    boolean hasBand() {
        return BAND_ROLES.stream().anyMatch(columns::containsKey);
    }

    Integer column(Role role) {
        return columns.get(role);
    }

    /** The band, age and school-year columns this file has, in the order they are tried. */
    List<Role> bandRoles() {
        List<Role> present = new ArrayList<>();
        BAND_ROLES.stream().filter(columns::containsKey).forEach(present::add);
        return present;
    }
}
