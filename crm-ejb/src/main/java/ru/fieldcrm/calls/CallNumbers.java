package ru.fieldcrm.calls;

import java.util.Optional;
import ru.fieldcrm.shared.PhoneNumbers;

/** Phone numbers as PBXs send them, and as logs may show them. */
final class CallNumbers {

    private CallNumbers() {
    }

    /**
     * A number from the PBX in E.164 when it is one: PBXs send international numbers without the
     * plus ({@code 79161234567}); anything else (an extension, "anonymous") is kept as it came.
     * Null for blank.
     */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        String candidate = text.matches("\\d{11,15}") ? "+" + text : text;
        Optional<String> e164 = PhoneNumbers.normalize(candidate);
        return e164.orElse(text.length() > 40 ? text.substring(0, 40) : text);
    }

    /** A number for a log: the last four digits only. */
    static String mask(String number) {
        if (number == null) {
            return "-";
        }
        String digits = number.replaceAll("\\D", "");
        return digits.length() <= 4 ? "***" : "***" + digits.substring(digits.length() - 4);
    }
}
