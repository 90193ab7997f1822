package ru.fieldcrm.sales;

/**
 * A reason a deal is lost; an inactive one is kept for the deals lost with it and not offered;
 * {@code used} says how many deals were lost with it.
 */
public record LostReasonView(long id, String name, boolean active, long version, long used) {
}
