package jaga.speech;

import jaga.model.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns lesson text into what a voice should say: markup removed, bullets read as sentences,
 * "RM50" read as "50 ringgit", and phone numbers ("15999", "019-261 5999") read digit by digit,
 * as Malaysians say them. Works for English ("en") and Malay ("ms").
 */
public final class SpeechText {
    /** Emergency numbers short enough to look like amounts, but always said digit by digit. */
    private static final List<String> SHORT_NUMBERS = List.of("999", "997", "991", "112");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[-*\u2022]\\s+");
    /** RM, optional space, an amount with thousands commas and up to two decimals, maybe "million"/"juta". */
    private static final Pattern RINGGIT = Pattern.compile(
            "\\bRM\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?!\\d)(\\s+(?:million|billion|juta|bilion)\\b)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * Five or more digits, perhaps grouped with single spaces or hyphens ("1-300-88-2999"), and not
     * part of an amount ("RM20,000", "8,926", "2.5"): a phone number, code or PIN.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.,])\\+?\\d(?:[ -]?\\d){4,}(?![\\w]|[.,]\\d)");
    private static final Pattern SHORT = Pattern.compile("(?<![\\w.,])(" + String.join("|", SHORT_NUMBERS) + ")(?![\\w]|[.,]\\d)");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern DECIMAL = Pattern.compile("(?<=\\d)\\.(?=\\d)");

    private SpeechText() {}

    public static String clean(String text, String language) {
        if (text == null) {
            return "";
        }
        boolean malay = Language.orEnglish(language) == Language.MS;
        String spoken = BOLD.matcher(text).replaceAll("");
        spoken = sentences(BULLET.matcher(spoken).replaceAll(""));
        spoken = digitByDigit(PHONE, spoken);
        spoken = digitByDigit(SHORT, spoken);
        spoken = ringgit(spoken, malay);
        spoken = THOUSANDS.matcher(spoken).replaceAll("");
        if (malay) {
            // espeak-ng says "titik" for a decimal point; Malay says "perpuluhan".
            spoken = DECIMAL.matcher(spoken).replaceAll(" perpuluhan ");
        }
        spoken = spoken.replace("&", malay ? " dan " : " and ");
        return spoken.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n ?", " ").replaceAll(" {2,}", " ").strip();
    }

    /** Each line becomes a sentence, so a voice pauses between bullets. */
    private static String sentences(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            out.append(trimmed);
            if (!trimmed.matches(".*[.!?:;,\u2026\"'\u201d)]$")) {
                out.append('.');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String digitByDigit(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceAll("[^\\d+]", "");
            m.appendReplacement(out, Matcher.quoteReplacement(String.join(" ", digits.split(""))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String ringgit(String text, boolean malay) {
        Matcher m = RINGGIT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group(1).replace(",", "");
            String fraction = m.group(2);
            String scale = m.group(3);
            String said;
            if (scale != null) {
                // "RM222.9 million": 222.9 million ringgit
                said = whole + (fraction == null ? "" : "." + fraction) + " " + scale.strip() + " ringgit";
            } else if (fraction != null && Integer.parseInt(fraction) > 0) {
                String sen = fraction.length() == 1 ? fraction + "0" : fraction;
                said = whole + " ringgit " + Integer.parseInt(sen) + " sen";
            } else {
                said = whole + " ringgit";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(said));
        }
        m.appendTail(out);
        return out.toString();
    }
}
