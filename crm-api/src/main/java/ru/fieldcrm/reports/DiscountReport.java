package ru.fieldcrm.reports;

import java.util.List;

/**
 * Discounts given in a period (on the orders not cancelled, counted on their visit day as the daily
 * finance counts them), by discount type and by who gave them: the user of the order's latest
 * discount change, or who booked it when the discount came with the booking; and by both at once.
 * Every grouping adds up to the same {@code totals}.
 */
public record DiscountReport(ReportPeriod period, Long managerId, List<DiscountRow> byType, List<DiscountRow> byUser,
        List<DiscountPairRow> byTypeAndUser, Tally totals) {
}
