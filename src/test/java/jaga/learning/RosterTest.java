package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.learning.Roster.Kind;
import jaga.learning.Roster.Problem;
import jaga.learning.Roster.Row;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a class roster as teachers' spreadsheets save them. */
class RosterTest {

    private static Roster.Parsed parse(String text) {
        return Roster.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndCaseAndOtherColumnsAreIgnored() {
        Roster.Parsed parsed = parse("Class,Student No,BAND,Name\n5 Bestari,17,10-12,Aina\n5 Bestari,18,7-9,Danial\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(new Row(2, "Aina", Band.AGES_10_12, "5 Bestari"),
                new Row(3, "Danial", Band.AGES_7_9, "5 Bestari"));
    }

    @Test
    void aByteOrderMarkWindowsLineEndsAndBlankLinesAreFine() {
        Roster.Parsed parsed = parse("\uFEFFname,band,class\r\n\r\nAina,13-17,4A\r\n   \r\nSiti,10-12,4A\r\n\r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::line, Row::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Aina"), org.assertj.core.groups.Tuple.tuple(5, "Siti"));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndTheLineCountGoesOnAcrossALineBreakInsideQuotes() {
        Roster.Parsed parsed = parse("name,band,class\n\"Tan, Mei Ling\",10-12,\"5 \"\"Bestari\"\"\"\n"
                + "\"Two\nlines\",10-12,5A\n,10-12,5A\n");

        assertThat(parsed.rows()).containsExactly(new Row(2, "Tan, Mei Ling", Band.AGES_10_12, "5 \"Bestari\""));
        assertThat(parsed.problems()).extracting(Problem::line, Problem::kind, Problem::learner).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, Kind.NAME_HAS_CONTROL, "Two\nlines"),
                org.assertj.core.groups.Tuple.tuple(5, Kind.EMPTY_NAME, ""));
    }

    @Test
    void semicolonSeparatedFilesAsSomeExcelVersionsSaveThemAreRead() {
        Roster.Parsed parsed = parse("Name;Band;Class\n\"Lim; Wei Jie\";13-17;Kelab Komputer\nAina;10-12;\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(new Row(2, "Lim; Wei Jie", Band.AGES_13_17, "Kelab Komputer"),
                new Row(3, "Aina", Band.AGES_10_12, null));
    }

    @Test
    void theClassColumnIsOptionalAndABlankClassMeansNoClass() {
        assertThat(parse("name,band\nAina,7-9\n").rows()).containsExactly(new Row(2, "Aina", Band.AGES_7_9, null));
    }

    @ParameterizedTest(name = "band \"{0}\"")
    @CsvSource(delimiter = '|', value = {"7-9|7-9", "10-12|10-12", "13-17|13-17", "' 13 - 17 '|13-17", "10–12|10-12"})
    void bandsAreAcceptedAsTheirCodes(String written, String code) {
        assertThat(parse("name,band\nAina," + written + "\n").rows()).singleElement()
                .extracting(Row::band).isEqualTo(Band.fromCode(code).orElseThrow());
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndWhatToDoAndTheGoodRowsAreKept() {
        String longName = "A".repeat(Roster.MAX_NAME + 1);
        Roster.Parsed parsed = parse(String.join("\n",
                "name,band,class",
                "Aina,10-12,5A",
                "   ,10-12,5A",
                longName + ",10-12,5A",
                "Danial,Secondary,5A",
                "Siti,adults,5A",
                "Mei,,5A",
                "aina ,10-12,5a",
                "Aina,10-12,5B",
                "Hafiz,10-12," + "K".repeat(Roster.MAX_CLASS_NAME + 1),
                ""));

        assertThat(parsed.problems()).extracting(Problem::format).containsExactly(
                "line 3: the name is empty; type the learner's name, or delete the line",
                "line 4 (" + longName + "): the name is longer than 60 characters; shorten it",
                "line 5 (Danial): \"Secondary\" is not a band, age or school year Jaga knows; write 7-9, 10-12 or 13-17,"
                        + " the child's age (7 to 17) or the school year (Tahun 1-6, Tingkatan 1-5)",
                "line 6 (Siti): \"adults\" is not a band, age or school year Jaga knows; write 7-9, 10-12 or 13-17,"
                        + " the child's age (7 to 17) or the school year (Tahun 1-6, Tingkatan 1-5)",
                "line 7 (Mei): there is no band, age or school year; write 7-9, 10-12 or 13-17, or the child's age",
                "line 8 (aina): \"aina\" in 5a is already on line 2; delete this line, or if they are two children,"
                        + " add something to tell them apart (such as an initial)",
                "line 10 (Hafiz): the class name is longer than 60 characters; shorten it");
        assertThat(parsed.problems()).extracting(Problem::kind).containsExactly(Kind.EMPTY_NAME, Kind.NAME_TOO_LONG,
                Kind.UNKNOWN_BAND, Kind.UNKNOWN_BAND, Kind.NO_BAND, Kind.DUPLICATE_ROW, Kind.CLASS_TOO_LONG);
        assertThat(parsed.rows()).extracting(Row::line).containsExactly(2, 9);
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedSayingWhatTheHeaderNeeds() {
        assertThatThrownBy(() -> parse("Bil,Nama,Kelas,Jantina\n1,Aina,5A,P\n")).isInstanceOf(Roster.Refused.class)
                .hasMessage("The first line must name the columns: the learner's name (Name or Nama), and their band,"
                        + " age or school year (Band, Age, Year or Form; Kumpulan umur, Umur, Tahun or Tingkatan);"
                        + " a class (Class or Kelas) is optional. It has no band, age or school year column: add one"
                        + " (for example Umur, with each child's age). It reads: Bil,Nama,Kelas,Jantina")
                .extracting(e -> ((Roster.Refused) e).reason()).isEqualTo(Roster.Refused.Reason.NO_BAND_COLUMN);
        assertThatThrownBy(() -> parse("Student No,Class\n1,5A\n")).isInstanceOf(Roster.Refused.class)
                .hasMessageEndingWith("It has no name column and no band, age or school year column."
                        + " It reads: Student No,Class");
        assertThatThrownBy(() -> parse("")).isInstanceOf(Roster.Refused.class).hasMessageContaining("The file is empty");
        assertThatThrownBy(() -> parse("name,band,Name\n")).isInstanceOf(Roster.Refused.class)
                .hasMessage("The first line names the column \"name\" twice. Keep one of them.");
        assertThatThrownBy(() -> parse("Nama,Nama Murid,Umur\n")).isInstanceOf(Roster.Refused.class)
                .hasMessage("The first line has two columns for the same thing: \"Nama\" and \"Nama Murid\"."
                        + " Keep one of them.");
    }

    @Test
    void aQuoteNeverClosedIsRefusedWithTheLineItOpensOn() {
        assertThatThrownBy(() -> parse("name,band\nAina,10-12\n\"Danial,10-12\nSiti,10-12\n"))
                .isInstanceOf(Roster.Refused.class)
                .hasMessageStartingWith("Line 3 opens a quote (\") that is never closed");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithHowToSaveItAsUtf8() {
        byte[] latin1 = "name,band\nJos\u00e9,10-12\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Roster.parse(latin1)).isInstanceOf(Roster.Refused.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("CSV UTF-8");
    }

    @Test
    void tooBigAndTooManyRowsAreRefusedBeforeAnythingIsChecked() {
        assertThatThrownBy(() -> Roster.parse(new byte[Roster.MAX_BYTES + 1])).isInstanceOf(Roster.Refused.class)
                .hasMessageContaining("larger than 5 MB");

        StringBuilder many = new StringBuilder("name,band\n");
        for (int i = 0; i <= Roster.MAX_ROWS; i++) {
            many.append("Learner ").append(i).append(",10-12\n");
        }
        assertThatThrownBy(() -> parse(many.toString())).isInstanceOf(Roster.Refused.class)
                .hasMessageContaining("at most 10000");
        StringBuilder enough = new StringBuilder("name,band\n");
        for (int i = 0; i < Roster.MAX_ROWS; i++) {
            enough.append("Learner ").append(i).append(",10-12\n");
        }
        assertThat(parse(enough.toString()).rows()).hasSize(Roster.MAX_ROWS);
    }

    @Test
    void theTestRosterHasThirtyRowsOfWhichTwoAreBad() throws Exception {
        byte[] fixture = RosterTest.class.getResourceAsStream("/jaga/roster/class-roster-30.csv").readAllBytes();

        Roster.Parsed parsed = Roster.parse(fixture);

        assertThat(parsed.rows()).hasSize(28);
        assertThat(parsed.rows().get(2).name()).isEqualTo("Tan, Mei Ling");
        assertThat(parsed.problems()).extracting(Problem::line, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(12, Kind.EMPTY_NAME),
                org.assertj.core.groups.Tuple.tuple(21, Kind.UNKNOWN_BAND));
        assertThat(List.copyOf(parsed.rows().stream().map(Row::className).distinct().toList()))
                .containsExactly("5 Bestari", "Kelab Komputer");
    }

    /** The outside tester's six rows that all show as "Aina" (zero-width and bidirectional controls). */
    @Test
    void namesThatLookTheSameAreOneNameSoTheDuplicateCheckSeesThem() {
        StringBuilder file = new StringBuilder("name,band,class\n");
        for (String aina : List.of("Aina", "A\u200Bina", "Ai\u200Dna", "\u202EAina\u202C", "\u2066Aina\u2069",
                "Ai\u00ADna\uFEFF")) {
            file.append(aina).append(",10-12,5 Bestari\n");
        }
        file.append("\u200B\u200F,10-12,5 Bestari\n");

        Roster.Parsed parsed = parse(file.toString());

        assertThat(parsed.rows()).containsExactly(new Row(2, "Aina", Band.AGES_10_12, "5 Bestari"));
        assertThat(parsed.problems()).extracting(Problem::kind).containsExactly(Kind.DUPLICATE_ROW, Kind.DUPLICATE_ROW,
                Kind.DUPLICATE_ROW, Kind.DUPLICATE_ROW, Kind.DUPLICATE_ROW, Kind.EMPTY_NAME);
        assertThat(parse("name,band,class\nAina,10-12,5\u200B Bestari\nSiti,10-12,5 Bestari\u202C\n").rows())
                .extracting(Row::className).containsOnly("5 Bestari");
    }
}
