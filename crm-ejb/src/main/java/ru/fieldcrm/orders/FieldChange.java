package ru.fieldcrm.orders;

/** One field of an order that a change moved from one value to another, for the history. */
public record FieldChange(OrderField field, String oldValue, String newValue) {
}
