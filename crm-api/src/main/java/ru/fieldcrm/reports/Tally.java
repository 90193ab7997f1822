package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** A count of orders and their roubles: the totals of a grouped table. */
public record Tally(int orders, BigDecimal amount) {

    public static <T> Tally of(List<T> rows, ToIntFunction<T> orders, Function<T, BigDecimal> amount) {
        return new Tally(rows.stream().mapToInt(orders).sum(), rows.stream().map(amount).reduce(Ratios.zero(), BigDecimal::add));
    }
}
