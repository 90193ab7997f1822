package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day's figures (of one manager, or of all when no manager is asked for): orders planned, done
 * (done and closed) and cancelled; amount and discounts of the orders not cancelled; price changes up
 * and down; upsell (increases made by the order's own manager); the final sum of the done orders.
 * {@code managers} of the day's managers have closed it ({@code closedManagers}); {@code unassigned}
 * says orders without a manager count in it, {@code corrected} that an administrator changed a closed day;
 * the day is {@code closed} when every manager of it closed it and no order of it is without a manager.
 */
public record FinanceDayRow(LocalDate day, int planned, int done, int cancelled, BigDecimal amount,
        BigDecimal discounts, BigDecimal priceUp, BigDecimal priceDown, BigDecimal upsell, BigDecimal finalSum,
        int managers, int closedManagers, boolean unassigned, boolean corrected, boolean closed) {

    public FinanceDayRow(LocalDate day, int planned, int done, int cancelled, BigDecimal amount, BigDecimal discounts,
            BigDecimal priceUp, BigDecimal priceDown, BigDecimal upsell, BigDecimal finalSum, int managers,
            int closedManagers, boolean unassigned, boolean corrected) {
        this(day, planned, done, cancelled, amount, discounts, priceUp, priceDown, upsell, finalSum, managers,
                closedManagers, unassigned, corrected, managers > 0 && closedManagers == managers && !unassigned);
    }
}
