package ru.fieldcrm.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers as the company writes them. Input in any usual Russian form ({@code 8 916 123-45-67},
 * {@code +7(916)1234567}, {@code 9161234567}) is parsed by libphonenumber with Russia as the default
 * region; numbers are stored in E.164 ({@code +79161234567}) and shown as
 * {@code +7 (916) 123-45-67}. Foreign numbers are kept in E.164 and shown internationally.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "RU";

    private PhoneNumbers() {
    }

    /** The number in E.164, or empty when the text is not a valid phone number. */
    public static Optional<String> normalize(String text) {
        return parse(text).map(number -> UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** Whether the text is a valid number that can take an SMS (a mobile one, as far as its numbering plan tells). */
    public static boolean isMobile(String text) {
        return parse(text).map(UTIL::getNumberType)
                .filter(type -> type == PhoneNumberUtil.PhoneNumberType.MOBILE
                        || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE)
                .isPresent();
    }

    /** The number for people: {@code +7 (916) 123-45-67}; text that is no valid number is returned as is. */
    public static String format(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return parse(text).map(PhoneNumbers::formatParsed).orElse(text);
    }

    private static String formatParsed(PhoneNumber number) {
        String national = String.valueOf(number.getNationalNumber());
        if (number.getCountryCode() == 7 && national.length() == 10) {
            return "+7 (" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-"
                    + national.substring(6, 8) + "-" + national.substring(8);
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    }

    private static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text.strip(), DEFAULT_REGION);
            return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
