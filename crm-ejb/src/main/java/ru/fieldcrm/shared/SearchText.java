package ru.fieldcrm.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** Search text as a JPQL {@code like} pattern: lower case, wildcards of the user's taken literally. */
public final class SearchText {

    /** What a phone number is typed with: digits, spaces, {@code + ( ) - .}. */
    private static final Pattern PHONE_TYPED = Pattern.compile("[0-9+()\\-.\\s]+");
    private static final int MIN_PHONE_DIGITS = 3;

    private SearchText() {
    }

    /** {@code %text%} for a case-insensitive "contains" match against a lower-cased column. */
    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * The digits of a text typed as (part of) a phone number, three or more; empty for any other
     * text. A login or an address with digits in it ({@code manager9f1601}, {@code Ленина 105}) is
     * not a number: searching numbers for its digits would match strangers.
     */
    public static String phoneDigits(String text) {
        if (text == null || !PHONE_TYPED.matcher(text.strip()).matches()) {
            return "";
        }
        String digits = text.replaceAll("\\D", "");
        return digits.length() < MIN_PHONE_DIGITS ? "" : digits;
    }
}
