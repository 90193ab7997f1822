package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The derived figures of the report tables, computed the same way for a row and for its totals:
 * a share as a fraction ({@code 0.25} is 25 %, four decimal places) and an average in roubles.
 * Nothing divided by nothing is {@code null} ("no figure"), never zero: a manager without
 * assessments has no conversion rather than a conversion of 0 %.
 */
public final class Ratios {

    private Ratios() {
    }

    /** {@code part / whole}, or null when {@code whole} is 0. */
    public static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** {@code sum / count} in kopecks, or null when {@code count} is 0. */
    public static BigDecimal average(BigDecimal sum, long count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** Zero roubles, the sum of no rows. */
    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
