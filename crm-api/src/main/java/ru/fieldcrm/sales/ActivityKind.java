package ru.fieldcrm.sales;

/** What a salesperson logs on a deal. */
public enum ActivityKind {
    /** A note. */
    NOTE,
    /** A negotiation or meeting that took place: when, how long, how it went. */
    NEGOTIATION,
    /** Something to do by a time (call back, meet), done or still open. */
    TASK
}
