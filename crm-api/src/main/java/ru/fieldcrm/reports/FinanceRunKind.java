package ru.fieldcrm.reports;

/** Who asked for a run: the administrator for a period, or the nightly timer. */
public enum FinanceRunKind {
    MANUAL,
    NIGHTLY
}
