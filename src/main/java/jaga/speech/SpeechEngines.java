package jaga.speech;

import jaga.model.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the speech engine this computer has, with a voice for each of Jaga's languages:
 * espeak-ng on Linux, say on macOS, System.Speech (through PowerShell) on Windows. It only asks
 * the installed programs for their voice lists; nothing is downloaded.
 */
public final class SpeechEngines {
    static final List<String> LANGUAGES = Language.codes();
    /** English voices in the order we prefer them: British spelling and sounds are closest to Malaysian English. */
    private static final List<String> ESPEAK_ENGLISH = List.of("en-gb", "en", "en-us");
    private static final Pattern ESPEAK_LINE = Pattern.compile("^\\s*\\d+\\s+(\\S+)\\s+\\S+\\s+(\\S+)\\s+(\\S+)");
    private static final Pattern SAY_LINE = Pattern.compile("^(.+?)\\s+([a-z]{2,3})[_-]([A-Za-z]{2,4})\\s+#");

    private SpeechEngines() {}

    /** What to tell an adult to install when nothing speaks, per system. */
    public enum Platform {
        LINUX, MAC, WINDOWS;

        public static Platform of(String osName) {
            String os = osName.toLowerCase(Locale.ROOT);
            if (os.startsWith("windows")) {
                return WINDOWS;
            }
            if (os.startsWith("mac") || os.contains("darwin")) {
                return MAC;
            }
            return LINUX;
        }

        /** The message key with install advice for this system. */
        public String installAdviceKey() {
            return "speech.install." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The engine for this system, or {@link SpeechEngine#NONE} when none is installed or none has a voice we need. */
    public static SpeechEngine detect(Platform platform, CommandProbe probe) {
        Optional<SpeechEngine> engine = switch (platform) {
            case LINUX -> espeak(probe);
            case MAC -> say(probe);
            case WINDOWS -> windows(probe);
        };
        return engine.orElse(SpeechEngine.NONE);
    }

    public static SpeechEngine detect() {
        return detect(Platform.of(System.getProperty("os.name", "")), CommandProbe.system());
    }

    // ---- Linux: espeak-ng ---------------------------------------------------------------------

    static Optional<SpeechEngine> espeak(CommandProbe probe) {
        return probe.output(List.of("espeak-ng", "--voices")).flatMap(list -> {
            Map<String, String> voices = new LinkedHashMap<>();
            List<String> languages = list.lines().map(ESPEAK_LINE::matcher).filter(Matcher::find)
                    .filter(m -> !m.group(3).startsWith("mb/")) // MBROLA voices need extra data files
                    .map(m -> m.group(1).toLowerCase(Locale.ROOT)).toList();
            ESPEAK_ENGLISH.stream().filter(languages::contains).findFirst().ifPresent(v -> voices.put("en", v));
            if (languages.contains("ms")) {
                voices.put("ms", "ms");
            }
            return voices.isEmpty() ? Optional.empty() : Optional.of(espeakWith(voices));
        });
    }

    static CommandEngine espeakWith(Map<String, String> voices) {
        return new CommandEngine("espeak-ng", voices,
                (voice, text) -> new ProcessBuilder("espeak-ng", "-v", voice, "--stdin"));
    }

    // ---- macOS: say ---------------------------------------------------------------------------

    static Optional<SpeechEngine> say(CommandProbe probe) {
        return probe.output(List.of("say", "-v", "?")).flatMap(list -> {
            Map<String, String> voices = new LinkedHashMap<>();
            java.util.Set<String> preferredFound = new java.util.HashSet<>();
            for (String line : list.lines().toList()) {
                Matcher m = SAY_LINE.matcher(line);
                if (m.find()) {
                    String language = m.group(2).toLowerCase(Locale.ROOT);
                    String region = m.group(3).toUpperCase(Locale.ROOT);
                    boolean preferred = region.equals("MY") || region.equals("GB");
                    // A Malaysian or British voice if there is one, else the first listed.
                    if (LANGUAGES.contains(language) && (preferred || !voices.containsKey(language))
                            && !preferredFound.contains(language)) {
                        voices.put(language, m.group(1).strip());
                        if (preferred) {
                            preferredFound.add(language);
                        }
                    }
                }
            }
            return voices.isEmpty() ? Optional.empty() : Optional.of(new CommandEngine("say", voices,
                    (voice, text) -> new ProcessBuilder("say", "-v", voice, "-f", "-")));
        });
    }

    // ---- Windows: System.Speech through PowerShell ---------------------------------------------

    private static final String POWERSHELL = "powershell.exe";
    private static final String LIST_VOICES = "Add-Type -AssemblyName System.Speech; "
            + "(New-Object System.Speech.Synthesis.SpeechSynthesizer).GetInstalledVoices() | "
            + "Where-Object { $_.Enabled } | ForEach-Object { $_.VoiceInfo.Culture.Name + '|' + $_.VoiceInfo.Name }";
    private static final String SPEAK = "Add-Type -AssemblyName System.Speech; "
            + "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
            + "$s.SelectVoice($env:JAGA_SPEECH_VOICE); $s.Speak($env:JAGA_SPEECH_TEXT)";

    static Optional<SpeechEngine> windows(CommandProbe probe) {
        return probe.output(List.of(POWERSHELL, "-NoProfile", "-NonInteractive", "-Command", LIST_VOICES)).flatMap(list -> {
            Map<String, String> voices = new LinkedHashMap<>();
            for (String line : list.lines().toList()) {
                int bar = line.indexOf('|');
                if (bar > 1) {
                    String language = line.substring(0, 2).toLowerCase(Locale.ROOT);
                    if (LANGUAGES.contains(language)) {
                        voices.putIfAbsent(language, line.substring(bar + 1).strip());
                    }
                }
            }
            return voices.isEmpty() ? Optional.empty() : Optional.of(new CommandEngine("System.Speech", voices,
                    new CommandEngine.Launcher() {
                        @Override
                        public ProcessBuilder process(String voice, String text) {
                            ProcessBuilder builder = new ProcessBuilder(POWERSHELL, "-NoProfile", "-NonInteractive",
                                    "-Command", SPEAK);
                            builder.environment().put("JAGA_SPEECH_VOICE", voice);
                            builder.environment().put("JAGA_SPEECH_TEXT", text);
                            return builder;
                        }

                        @Override
                        public boolean textOnStdin() {
                            return false;
                        }
                    }));
        });
    }
}
