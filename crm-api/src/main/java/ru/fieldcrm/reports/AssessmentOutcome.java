package ru.fieldcrm.reports;

/** What became of a site assessment. */
public enum AssessmentOutcome {
    /** Not held yet (Запланирована). */
    PLANNED,
    /** Held and turned into an order. */
    ORDERED,
    /** Held, no order (yet). */
    NO_ORDER,
    /** Cancelled. */
    CANCELLED
}
