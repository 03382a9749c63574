package jaga.learning;

import jaga.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * A class list to start from, in English or Malay: the header Jaga reads and four example rows,
 * one for each way of giving the band (the band itself, an age, a primary and a secondary school
 * year). UTF-8 with a byte order mark and Windows line ends, so Excel and LibreOffice open the
 * names as they are. The examples are in a class named "Example class" ("Kelas contoh"), which an
 * import refuses, so a template saved back without deleting them adds nobody by mistake.
 */
public final class RosterTemplate {
    private static final List<String> EXAMPLE_CLASSES = List.of("Example class", "Kelas contoh");

    private RosterTemplate() {}

    /** The template's file name, in the adult's language. */
    public static String fileName(String language) {
        return Language.orEnglish(language) == Language.MS ? "senarai-kelas-jaga.csv" : "jaga-class-list.csv";
    }

    /** The template's bytes: a byte order mark, the header and the example rows. */
    public static byte[] csv(String language) {
        List<String> lines = Language.orEnglish(language) == Language.MS
                ? List.of("Nama,Kelas,Kumpulan umur,Umur,Tahun/Tingkatan",
                        "Aina Sofea binti Ahmad,Kelas contoh,Umur 10-12,,",
                        "Tan Mei Ling,Kelas contoh,,11,",
                        "Arjun a/l Subramaniam,Kelas contoh,,,Tahun 5",
                        "Nurul Izzah binti Hassan,Kelas contoh,,,Tingkatan 2")
                : List.of("Name,Class,Age band,Age,Year/Form",
                        "Aina Sofea binti Ahmad,Example class,Ages 10-12,,",
                        "Tan Mei Ling,Example class,,11,",
                        "Arjun a/l Subramaniam,Example class,,,Year 5",
                        "Nurul Izzah binti Hassan,Example class,,,Form 2");
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the template to a file, all or nothing (a temporary file beside it, then moved into
     * place), replacing one the adult chose to replace.
     */
    public static void write(Path target, String language) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".jaga-template-", ".tmp");
        try {
            Files.write(temporary, csv(language));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The examples' class, in either language and any case. */
    static boolean isExampleClass(String className) {
        return EXAMPLE_CLASSES.stream().anyMatch(example -> example.toLowerCase(Locale.ROOT)
                .equals(className.strip().toLowerCase(Locale.ROOT)));
    }
}
