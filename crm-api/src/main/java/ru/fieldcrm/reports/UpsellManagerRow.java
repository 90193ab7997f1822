package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.util.List;

/** A manager's upsells («Увеличение чека») in a period: how many orders, the roubles added, their final sums. */
public record UpsellManagerRow(Long managerId, String managerName, int orders, BigDecimal upsell, BigDecimal finalSum) {

    public static UpsellManagerRow totals(List<UpsellManagerRow> rows) {
        return new UpsellManagerRow(null, null, rows.stream().mapToInt(UpsellManagerRow::orders).sum(),
                rows.stream().map(UpsellManagerRow::upsell).reduce(Ratios.zero(), BigDecimal::add),
                rows.stream().map(UpsellManagerRow::finalSum).reduce(Ratios.zero(), BigDecimal::add));
    }
}
