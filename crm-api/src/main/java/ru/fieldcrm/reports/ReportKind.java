package ru.fieldcrm.reports;

/** The reports whose visibility the administrator chooses per role. */
public enum ReportKind {
    /** Finance by day, from the computed daily figures. */
    FINANCE,
    /** Orders, revenue, upsell, discounts and conversion per manager. */
    MANAGERS,
    /** Upsells («Увеличение чека») per manager with their orders. */
    UPSELLS,
    /** Discounts given, by type and by user. */
    DISCOUNTS,
    /** Orders by status and by cancellation reason. */
    ORDERS,
    /** Site assessments and their outcome. */
    ASSESSMENTS
}
