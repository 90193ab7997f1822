package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The sums of a finance table's rows; {@code closedDays} of its {@code days} are closed. */
public record FinanceTotals(int planned, int done, int cancelled, BigDecimal amount, BigDecimal discounts,
        BigDecimal priceUp, BigDecimal priceDown, BigDecimal upsell, BigDecimal finalSum, int days, int closedDays) {

    public static FinanceTotals of(List<FinanceDayRow> rows) {
        return new FinanceTotals(rows.stream().mapToInt(FinanceDayRow::planned).sum(),
                rows.stream().mapToInt(FinanceDayRow::done).sum(), rows.stream().mapToInt(FinanceDayRow::cancelled).sum(),
                sum(rows, FinanceDayRow::amount), sum(rows, FinanceDayRow::discounts), sum(rows, FinanceDayRow::priceUp),
                sum(rows, FinanceDayRow::priceDown), sum(rows, FinanceDayRow::upsell), sum(rows, FinanceDayRow::finalSum),
                rows.size(), (int) rows.stream().filter(FinanceDayRow::closed).count());
    }

    private static BigDecimal sum(List<FinanceDayRow> rows, Function<FinanceDayRow, BigDecimal> figure) {
        return rows.stream().map(figure).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
