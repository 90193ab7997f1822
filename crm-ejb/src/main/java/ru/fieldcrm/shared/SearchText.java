package ru.fieldcrm.shared;

import java.util.Locale;

/** Search text as a JPQL {@code like} pattern: lower case, wildcards of the user's taken literally. */
public final class SearchText {

    private SearchText() {
    }

    /** {@code %text%} for a case-insensitive "contains" match against a lower-cased column. */
    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
