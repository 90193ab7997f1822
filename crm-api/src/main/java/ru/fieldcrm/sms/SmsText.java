package ru.fieldcrm.sms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templates and the length of SMS texts. A placeholder is a name in braces ({@link SmsPlaceholder});
 * anything else in braces is unknown. Length follows GSM 03.38: a text of GSM 7-bit characters
 * takes 160 in one message and 153 per part when split, the characters of the extension table
 * ({@code ^ { } \ [ ~ ] | €}) counting twice; any other character makes the whole text UCS-2: 70 in
 * one message, 67 per part (characters outside the basic plane count twice).
 */
public final class SmsText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,40})}");
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private SmsText() {
    }

    /** The names in braces that are no placeholder, in order of appearance, each once. */
    public static List<String> unknownPlaceholders(String template) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        while (m.find()) {
            if (SmsPlaceholder.of(m.group(1)).isEmpty()) {
                unknown.add(m.group());
            }
        }
        return new ArrayList<>(unknown);
    }

    /** The text with each placeholder replaced by its value (an empty text where the value is missing). */
    public static String render(String template, Map<SmsPlaceholder, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String replacement = SmsPlaceholder.of(m.group(1))
                    .map(p -> values.getOrDefault(p, ""))
                    .map(v -> v == null ? "" : v)
                    .orElse(m.group());
            m.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(text);
        return text.toString().strip();
    }

    public static SmsLength measure(String text) {
        String t = text == null ? "" : text;
        int septets = 0;
        boolean unicode = false;
        for (int i = 0; i < t.length() && !unicode; i++) {
            char c = t.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                unicode = true;
            }
        }
        int characters = unicode ? t.length() : septets;
        int single = unicode ? 70 : 160;
        int part = unicode ? 67 : 153;
        int parts = characters == 0 ? 0 : characters <= single ? 1 : (characters + part - 1) / part;
        return new SmsLength(characters, unicode, parts);
    }
}
