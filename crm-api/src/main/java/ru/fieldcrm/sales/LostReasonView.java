package ru.fieldcrm.sales;

/** A reason a deal was lost, from the administrator's list. */
public record LostReasonView(long id, String name, boolean active) {
}
