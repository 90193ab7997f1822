package ru.fieldcrm.sales;

/** What was made from a won deal. */
public enum DealLinkKind {
    ORDER,
    ASSESSMENT
}
