package ru.fieldcrm.shared;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Objects;

/**
 * An amount of roubles, exact to the kopeck: never a floating-point number. Shown the Russian way,
 * {@code 12 345,50 ₽} (a no-break space between thousands and before the sign).
 */
public final class Money implements Comparable<Money>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** The largest amount an order can hold: below 10 billion roubles, as the columns allow. */
    public static final BigDecimal LIMIT = new BigDecimal("9999999999.99");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** @throws ArithmeticException when the amount has more than two decimals (no silent rounding) */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ArithmeticException("More than kopecks: " + amount.toPlainString());
        }
        return new Money(amount);
    }

    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    public static Money ofNullable(BigDecimal amount) {
        return amount == null ? ZERO : of(amount);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    /** The price times a quantity (which may have up to three decimals: metres, hours), to the kopeck. */
    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity));
    }

    /** {@code percent} per cent of this amount, rounded half up to the kopeck. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** {@code 12 345,50 ₽}, {@code −1 200,00 ₽}. */
    public String format() {
        return format(amount);
    }

    /** The Russian rouble format for a plain amount ({@code null} gives an empty string). */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('\u00A0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('\u2212');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + "\u00A0₽";
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.compareTo(money.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
