package ru.fieldcrm.sales;

/** What happened to a deal. */
public enum DealEventKind {
    CREATED,
    MOVED,
    CHANGED
}
