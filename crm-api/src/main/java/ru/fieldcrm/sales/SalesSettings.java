package ru.fieldcrm.sales;

/** The administrator's choices for the sales department. */
public record SalesSettings(boolean salesSeeAllDeals, long version) {
}
