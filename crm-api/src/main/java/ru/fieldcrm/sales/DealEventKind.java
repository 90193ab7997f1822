package ru.fieldcrm.sales;

/** What happened to a deal. */
public enum DealEventKind {
    CREATED,
    MOVED,
    CHANGED,
    /** An order or an assessment was made from the deal. */
    LINKED
}
