package ru.fieldcrm.reports;

/** How much of a report a role sees. */
public enum ReportAccess {
    /** Not at all. */
    NONE,
    /** Only the caller's own figures (a manager's orders and assessments). */
    OWN,
    /** Every manager's figures. */
    ALL
}
