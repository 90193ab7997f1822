package ru.fieldcrm.reports;

import java.util.List;

/**
 * Upsells of a period: an increase of an order's price made by the order's own manager, on an order
 * not cancelled (as the daily finance counts it). Per manager, the orders themselves, the totals.
 */
public record UpsellReport(ReportPeriod period, Long managerId, List<UpsellManagerRow> managers,
        List<UpsellOrderRow> orders, UpsellManagerRow totals) {
}
