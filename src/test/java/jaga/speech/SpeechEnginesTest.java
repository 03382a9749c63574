package jaga.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Engine selection, with a fake probe standing in for the programs installed. */
class SpeechEnginesTest {

    /** Answers for commands whose first word is a key; anything else is "not installed". */
    private static final class FakeProbe implements CommandProbe {
        private final Map<String, String> outputs;
        final List<List<String>> asked = new ArrayList<>();

        FakeProbe(Map<String, String> outputs) {
            this.outputs = outputs;
        }

        @Override
        public Optional<String> output(List<String> command) {
            asked.add(command);
            return Optional.ofNullable(outputs.get(command.get(0)));
        }
    }

    private static final String ESPEAK_VOICES = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             5  de              --/M      German             gmw/de
             2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
             2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
             1  ms              --/F      malay-mbrola-1     mb/mb-ma1
             5  ms              --/M      Malay              poz/ms
            """;

    @Test
    void linuxUsesEspeakNgWithBritishEnglishAndMalayVoices() {
        FakeProbe probe = new FakeProbe(Map.of("espeak-ng", ESPEAK_VOICES));
        SpeechEngine engine = SpeechEngines.detect(SpeechEngines.Platform.LINUX, probe);

        assertThat(engine.name()).isEqualTo("espeak-ng");
        assertThat(engine.hasVoice("en")).isTrue();
        assertThat(engine.hasVoice("ms")).isTrue();
        assertThat(((CommandEngine) engine).voice("en")).isEqualTo("en-gb");
        assertThat(((CommandEngine) engine).voice("ms")).isEqualTo("ms");
        assertThat(((CommandEngine) engine).process("Hai", "ms").command())
                .containsExactly("espeak-ng", "-v", "ms", "--stdin");
        assertThat(probe.asked).containsExactly(List.of("espeak-ng", "--voices"));
    }

    @Test
    void anEspeakWithoutMalayHasNoMalayVoiceSoMalayButtonsHide() {
        String englishOnly = "Pty Language Age/Gender VoiceName File Other\n 2  en-us  --/M  English_(America)  gmw/en-US  (en 3)\n"
                + " 1  ms  --/F  malay-mbrola-1  mb/mb-ma1\n";
        SpeechEngine engine = SpeechEngines.detect(SpeechEngines.Platform.LINUX, new FakeProbe(Map.of("espeak-ng", englishOnly)));

        assertThat(engine.hasVoice("en")).isTrue();
        assertThat(engine.hasVoice("ms")).as("an MBROLA voice needs data files that may be missing").isFalse();
    }

    @Test
    void nothingInstalledMeansNoEngine() {
        for (SpeechEngines.Platform platform : SpeechEngines.Platform.values()) {
            SpeechEngine engine = SpeechEngines.detect(platform, new FakeProbe(Map.of()));
            assertThat(engine).as(platform.name()).isSameAs(SpeechEngine.NONE);
            assertThat(engine.hasVoice("en")).isFalse();
        }
    }

    @Test
    void anEngineWithNoVoiceForJagasLanguagesCountsAsNone() {
        String germanOnly = "Pty Language Age/Gender VoiceName File Other\n 5  de  --/M  German  gmw/de\n";
        assertThat(SpeechEngines.detect(SpeechEngines.Platform.LINUX, new FakeProbe(Map.of("espeak-ng", germanOnly))))
                .isSameAs(SpeechEngine.NONE);
    }

    @Test
    void macUsesSayPreferringMalaysianAndBritishVoices() {
        String voices = """
                Albert              en_US    # Hello! My name is Albert.
                Daniel              en_GB    # Hello! My name is Daniel.
                Amira               ms_MY    # Halo! Nama saya Amira.
                Thomas              fr_FR    # Bonjour, je m'appelle Thomas.
                """;
        FakeProbe probe = new FakeProbe(Map.of("say", voices, "espeak-ng", ESPEAK_VOICES));
        CommandEngine engine = (CommandEngine) SpeechEngines.detect(SpeechEngines.Platform.MAC, probe);

        assertThat(engine.name()).isEqualTo("say");
        assertThat(engine.voice("en")).isEqualTo("Daniel");
        assertThat(engine.voice("ms")).isEqualTo("Amira");
        assertThat(engine.process("Hai", "ms").command()).containsExactly("say", "-v", "Amira", "-f", "-");
        assertThat(probe.asked).containsExactly(List.of("say", "-v", "?"));
    }

    @Test
    void windowsUsesSystemSpeechVoicesAndPassesTheTextOutsideTheCommand() {
        String voices = "en-US|Microsoft David Desktop\nen-GB|Microsoft Hazel Desktop\nja-JP|Microsoft Haruka Desktop\n";
        CommandEngine engine = (CommandEngine) SpeechEngines.detect(SpeechEngines.Platform.WINDOWS,
                new FakeProbe(Map.of("powershell.exe", voices)));

        assertThat(engine.name()).isEqualTo("System.Speech");
        assertThat(engine.voice("en")).isEqualTo("Microsoft David Desktop");
        assertThat(engine.hasVoice("ms")).isFalse();
        ProcessBuilder process = engine.process("Don't \"share\" $secrets; exit", "en");
        assertThat(String.join(" ", process.command())).doesNotContain("secrets");
        assertThat(process.environment()).containsEntry("JAGA_SPEECH_TEXT", "Don't \"share\" $secrets; exit")
                .containsEntry("JAGA_SPEECH_VOICE", "Microsoft David Desktop");
    }

    @Test
    void theSystemIsRecognisedFromItsName() {
        assertThat(SpeechEngines.Platform.of("Linux")).isEqualTo(SpeechEngines.Platform.LINUX);
        assertThat(SpeechEngines.Platform.of("Mac OS X")).isEqualTo(SpeechEngines.Platform.MAC);
        assertThat(SpeechEngines.Platform.of("Windows 11")).isEqualTo(SpeechEngines.Platform.WINDOWS);
        assertThat(SpeechEngines.Platform.LINUX.installAdviceKey()).isEqualTo("speech.install.linux");
    }
}
