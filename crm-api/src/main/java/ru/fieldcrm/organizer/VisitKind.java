package ru.fieldcrm.organizer;

/** What a visit is: an order (the work) or a site assessment (the estimate before it). */
public enum VisitKind {
    ORDER,
    ASSESSMENT
}
