package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jaga.model.Band;
import jaga.learning.Roster.Kind;
import jaga.learning.Roster.Problem;
import jaga.learning.Roster.Row;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Class lists as Malaysian schools have them: Malay headers and their variants, ages or school
 * years instead of a band, Jaga's own band words, Excel's dates where a band was typed, a title
 * line above the header, byte order marks and semicolons. Each is imported, or refused with a
 * message that names the learner and says what to change.
 */
class RosterVariantsTest {

    private static Roster.Parsed parse(String text) {
        return Roster.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSchoolsOwnListWithMalayHeadersATitleLineAgesSemicolonsAndAByteOrderMarkIsRead() throws Exception {
        byte[] file = getClass().getResourceAsStream("/jaga/roster/kelas-5-amanah.csv").readAllBytes();

        Roster.Parsed parsed = Roster.parse(file);

        assertThat(parsed.rows()).extracting(Row::line, Row::name, Row::band, Row::className).containsExactly(
                tuple(4, "Nur Aisyah binti Kamal", Band.AGES_10_12, "5 Amanah"),
                tuple(5, "Muhammad Haikal bin Rosli", Band.AGES_10_12, "5 Amanah"),
                tuple(6, "Lee; Jia Xin", Band.AGES_10_12, "5 Amanah"),
                tuple(7, "Saravanan a/l Murugan", Band.AGES_10_12, "5 Amanah"),
                tuple(11, "Amir Hamzah bin Zulkifli", Band.AGES_10_12, "5 Amanah"));
        assertThat(parsed.problems()).extracting(Problem::format).containsExactly(
                "line 8 (Chong Wei Ming): \"10-Dec\" looks like a date: the spreadsheet probably changed 10-12 into a"
                        + " date. Type Ages 10-12 instead (spreadsheets keep that as text), or format the column as Text"
                        + " and type 10-12 again, then save the CSV again",
                "line 9 (Siti Hajar binti Yusof): there is no band, age or school year; write 7-9, 10-12 or 13-17,"
                        + " or the child's age",
                "line 10 (Kavitha a/p Rajan): the age \"5\" is outside Jaga's bands (7 to 17 years); check it,"
                        + " or write the band (7-9, 10-12 or 13-17)");
        assertThat(parsed.problems()).extracting(Problem::kind, Problem::learner, Problem::detail, Problem::suggestion)
                .containsExactly(tuple(Kind.BAND_LOOKS_LIKE_DATE, "Chong Wei Ming", "10-Dec", "10-12"),
                        tuple(Kind.NO_BAND, "Siti Hajar binti Yusof", "", ""),
                        tuple(Kind.AGE_OUT_OF_RANGE, "Kavitha a/p Rajan", "5", ""));
    }

    @ParameterizedTest(name = "header \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "Nama,Kelas,Umur", "NAMA MURID,KELAS,UMUR", "Nama Pelajar,Nama Kelas,Umur (tahun)", "Nama Penuh,Kumpulan,Usia",
        "Student Name,Class,Age", "Pupil's name,Class name,Age (years)", "learner_name,class,age", "Name:,Class:,Age:"})
    void headersInEnglishOrMalayAndTheirVariantsAreFound(String header) {
        Roster.Parsed parsed = parse(header + "\nAina,5 Bestari,11\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(new Row(2, "Aina", Band.AGES_10_12, "5 Bestari"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        // Jaga's own words for a band, in both languages, and as spreadsheets write them
        "Band|Ages 10-12|10-12", "Kumpulan umur|Umur 13-17|13-17", "Band|7 to 9 years|7-9",
        "Band|10 hingga 12 tahun|10-12", "Age band|ages 7 - 9|7-9", "Band|13\u201317|13-17",
        // an age, however it is written
        "Umur|7|7-9", "Umur|9|7-9", "Umur|10|10-12", "Age|12|10-12", "Age|13|13-17", "Umur|17|13-17",
        "Umur|11 tahun|10-12", "Age|11 years|10-12", "Age|10.5|10-12", "Umur|6|7-9", "Band|11|10-12",
        // a school year: primary Tahun 1-3 is 7-9, 4-6 is 10-12; secondary Tingkatan 1-5 is 13-17
        "Tahun|Tahun 1|7-9", "Tahun|Tahun 3|7-9", "Tahun|Tahun 4|10-12", "Darjah|Darjah 5|10-12",
        "Year|Year 5|10-12", "Year|Year 2|7-9", "Standard|Standard 6|10-12", "Tingkatan|Tingkatan 2|13-17",
        "Form|Form 2|13-17", "Form|F5|13-17", "Tahun/Tingkatan|Peralihan|13-17", "School year|Remove|13-17",
        // a bare number is the year the header names
        "Tahun|4|10-12", "Darjah|2|7-9", "Year|6|10-12", "Tingkatan|1|13-17", "Form|5|13-17",
        // the band column may hold a year or an age too
        "Band|Tahun 4|10-12", "Umur|Tingkatan 3|13-17", "Tahun/Tingkatan|Tahun 6|10-12"})
    void theBandIsWorkedOutFromABandAnAgeOrASchoolYear(String column, String cell, String band) {
        Roster.Parsed parsed = parse("Name," + column + "\nAina,\"" + cell + "\"\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().extracting(Row::band).isEqualTo(Band.fromCode(band).orElseThrow());
    }

    @ParameterizedTest(name = "\"{0}\" was {1}")
    @CsvSource(delimiter = '|', value = {
        "10-Dec|10-12", "Dec-10|10-12", "12-Oct|10-12", "Oct-12|10-12", "12/10/2026|10-12", "10/12/2026|10-12",
        "2026-12-10|10-12", "10-12-2026|10-12", "10 Dis 2026|10-12", "7-Sep|7-9", "9-Jul|7-9", "Sep-07|7-9",
        "9/7/2026|7-9", "46366|10-12", "3-Mar|''", "12/10/2026 0:00|10-12"})
    void aBandASpreadsheetTurnedIntoADateIsRefusedWithAHintAndTheBandItProbablyWas(String cell, String likely) {
        Roster.Parsed parsed = parse("Nama,Kumpulan umur\nAina," + cell + "\n");

        assertThat(parsed.rows()).isEmpty();
        Problem problem = parsed.problems().get(0);
        assertThat(problem.kind()).isEqualTo(Kind.BAND_LOOKS_LIKE_DATE);
        assertThat(problem.detail()).isEqualTo(cell);
        assertThat(problem.suggestion()).isEqualTo(likely);
        assertThat(problem.format()).startsWith("line 2 (Aina): \"" + cell + "\" looks like a date")
                .contains(likely.isEmpty() ? "Format the column as Text" : "Type Ages " + likely);
    }

    @Test
    void aRowWithADateForItsBandButAnAgeBesideItUsesTheAge() {
        Roster.Parsed parsed = parse("Nama,Kumpulan umur,Umur\nAina,10-Dec,11\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().extracting(Row::band).isEqualTo(Band.AGES_10_12);
    }

    @Test
    void theBandColumnComesBeforeTheAgeAndTheAgeBeforeTheSchoolYear() {
        Roster.Parsed parsed = parse("Nama,Tahun,Umur,Band\nAina,Tahun 4,13,7-9\nDanial,Tahun 4,13,\nSiti,Tahun 4,,\n");

        assertThat(parsed.rows()).extracting(Row::band)
                .containsExactly(Band.AGES_7_9, Band.AGES_13_17, Band.AGES_10_12);
    }

    @Test
    void schoolYearsAndAgesOutsideJagasBandsOrThatCouldBeEitherSayWhatToWrite() {
        Roster.Parsed parsed = parse(String.join("\n", "Nama,Tahun/Tingkatan,Umur",
                "Aina,Tingkatan 6,", "Danial,Prasekolah,", "Siti,Tahun 7,", "Mei,4,", "Arjun,,18", "Farah,Form 9,",
                "Haziq,Year 5 Bestari,", ""));

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::kind, Problem::learner).containsExactly(
                tuple(Kind.YEAR_OUT_OF_RANGE, "Aina"), tuple(Kind.YEAR_OUT_OF_RANGE, "Danial"),
                tuple(Kind.YEAR_OUT_OF_RANGE, "Siti"), tuple(Kind.YEAR_AMBIGUOUS, "Mei"),
                tuple(Kind.AGE_OUT_OF_RANGE, "Arjun"), tuple(Kind.YEAR_OUT_OF_RANGE, "Farah"),
                tuple(Kind.UNKNOWN_BAND, "Haziq"));
        assertThat(parsed.problems().get(0).format()).isEqualTo("line 2 (Aina): \"Tingkatan 6\" is outside Jaga's"
                + " bands (Tahun 1 to Tingkatan 5, ages 7 to 17); write the band (7-9, 10-12 or 13-17) if they should"
                + " still use Jaga");
        assertThat(parsed.problems().get(3).format()).isEqualTo("line 5 (Mei): \"4\" could be Tahun 4 or Tingkatan 4;"
                + " write Tahun 4 or Tingkatan 4 (or the band: 7-9, 10-12 or 13-17)");
    }

    @Test
    void firstAndLastNameColumnsMakeOneName() {
        Roster.Parsed parsed = parse("First Name,Last Name,Email,Year\nMei Ling,Tan,m@example.com,Year 4\nAina,,,Year 4\n");

        assertThat(parsed.rows()).extracting(Row::name).containsExactly("Mei Ling Tan", "Aina");
    }

    @Test
    void tabSeparatedFilesAndEmptySpreadsheetRowsAreRead() {
        Roster.Parsed parsed = parse("Nama\tKelas\tUmur\nAina\t4 Bestari\t10\n\t\t\nDanial\t4 Bestari\t9\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::line, Row::band)
                .containsExactly(tuple(2, Band.AGES_10_12), tuple(4, Band.AGES_7_9));
    }

    @Test
    void aSemicolonFileWithACommaInItsTitleLineIsStillReadBySemicolons() {
        Roster.Parsed parsed = parse("Senarai murid, 2026\nNama;Kelas;Umur\nTan, Mei Ling;5 Bestari;11\nAina;5 Bestari;11\n");

        assertThat(parsed.rows()).extracting(Row::name).containsExactly("Tan, Mei Ling", "Aina");
    }

    @Test
    void jagasOwnClassReportReadsBackWithItsBandWords() {
        Roster.Parsed parsed = parse("\uFEFFclass,learner_number,learner_name,band,module_id\n"
                + "5 Bestari,1,Aina,Ages 10-12,scams-10-12\n5 Bestari,2,Danial,Umur 10-12,scams-10-12\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::name, Row::band)
                .containsExactly(tuple("Aina", Band.AGES_10_12), tuple("Danial", Band.AGES_10_12));
    }

    @Test
    void aFileWithOnlyAClassListAndNoBandSaysWhichColumnToAdd() {
        assertThatThrownBy(() -> parse("SENARAI NAMA\nBil;Nama Murid;No. KP;Jantina;Kelas\n1;Aina;;P;5A\n"))
                .isInstanceOf(Roster.Refused.class)
                .hasMessageContaining("It has no band, age or school year column: add one (for example Umur,"
                        + " with each child's age). It reads: Bil;Nama Murid;No. KP;Jantina;Kelas")
                .satisfies(e -> assertThat(((Roster.Refused) e).details())
                        .containsExactly("Bil;Nama Murid;No. KP;Jantina;Kelas"));
    }

    @Test
    void theTemplateInEitherLanguageIsReadAndItsExampleRowsAreNotImported() {
        for (String language : new String[] {"en", "ms"}) {
            byte[] template = RosterTemplate.csv(language);
            assertThat(new String(template, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains("\r\n");

            Roster.Parsed asSaved = Roster.parse(template);
            assertThat(asSaved.rows()).as(language).isEmpty();
            assertThat(asSaved.problems()).as(language).hasSize(4).allSatisfy(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.EXAMPLE_ROW);
                assertThat(problem.format()).contains("example row from the template; delete it");
            });

            String filled = new String(template, StandardCharsets.UTF_8)
                    .replace(language.equals("ms") ? "Kelas contoh" : "Example class", "5 Bestari");
            Roster.Parsed parsed = Roster.parse(filled.getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.problems()).as(language).isEmpty();
            assertThat(parsed.rows()).as(language).extracting(Row::band).containsExactly(
                    Band.AGES_10_12, Band.AGES_10_12, Band.AGES_10_12, Band.AGES_13_17);
        }
    }
}
