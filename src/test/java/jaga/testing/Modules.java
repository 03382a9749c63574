package jaga.testing;

import jaga.content.ContentLoader;
import jaga.content.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/** Small module JSON for tests, and the project's own content. */
public final class Modules {
    private Modules() {}

    /** A valid module in format version 1; line N of the text is line N of the file. */
    public static String validV1(String id) {
        return """
                {
                  "formatVersion": 1,
                  "id": "%s",
                  "version": 1,
                  "topic": "scams",
                  "band": "7-9",
                  "title": {"en": "Too good to be true", "ms": "Terlalu bagus untuk jadi benar"},
                  "summary": {"en": "Free game coins can be a trick.", "ms": "Syiling permainan percuma boleh jadi helah."},
                  "lessons": [
                    {
                      "id": "free-coins",
                      "title": {"en": "Free coins?", "ms": "Syiling percuma?"},
                      "steps": [
                        {"id": "intro", "type": "text", "text": {"en": "A pop-up says you won.", "ms": "Satu pop-up kata kamu menang."}},
                        {"id": "tell", "type": "text", "text": {"en": "Ask an adult first.", "ms": "Tanya orang dewasa dahulu."}}
                      ]
                    }
                  ],
                  "quiz": {
                    "passMark": 50,
                    "shuffle": false,
                    "questions": [
                      {
                        "id": "q1",
                        "type": "single",
                        "prompt": {"en": "A pop-up offers free coins. What do you do?", "ms": "Pop-up tawar syiling percuma. Apa kamu buat?"},
                        "choices": [
                          {"id": "a", "correct": true, "text": {"en": "Ask an adult", "ms": "Tanya orang dewasa"}, "feedback": {"en": "Yes.", "ms": "Ya."}},
                          {"id": "b", "correct": false, "text": {"en": "Click it", "ms": "Klik"}, "feedback": {"en": "It may be a trick.", "ms": "Mungkin helah."}}
                        ],
                        "explanation": {"en": "Free things online can be tricks.", "ms": "Benda percuma dalam talian boleh jadi helah."}
                      },
                      {
                        "id": "q2",
                        "type": "single",
                        "prompt": {"en": "Should you share your password?", "ms": "Patutkah kamu kongsi kata laluan?"},
                        "choices": [
                          {"id": "a", "correct": false, "text": {"en": "Yes", "ms": "Ya"}, "feedback": {"en": "Keep it to yourself.", "ms": "Simpan sendiri."}},
                          {"id": "b", "correct": true, "text": {"en": "No", "ms": "Tidak"}, "feedback": {"en": "Right.", "ms": "Betul."}}
                        ],
                        "explanation": {"en": "Passwords are private.", "ms": "Kata laluan adalah rahsia."}
                      }
                    ]
                  }
                }
                """.formatted(id);
    }

    /** Writes module.json into {@code root/<folder>/} and returns the file. */
    public static Path write(Path root, String folder, String json) {
        try {
            Path dir = Files.createDirectories(root.resolve(folder));
            return Files.writeString(dir.resolve("module.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's own content folder, for tests that check what ships. */
    public static Path bundledContent() {
        return Path.of("content").toAbsolutePath();
    }

    /** The help contacts that ship with Jaga. */
    public static Resources bundledResources() {
        return ContentLoader.resourcesOf(bundledContent(), new ArrayList<>());
    }
}
