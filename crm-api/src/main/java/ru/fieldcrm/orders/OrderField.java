package ru.fieldcrm.orders;

/**
 * What of an order can be changed, each with its owner in {@link OrderRights}. The first group is
 * the office's (operator), the second the field's (the assigned manager).
 */
public enum OrderField {
    CLIENT,
    CONTACT_PHONE,
    ADDRESS,
    VISIT_TIME,
    DESCRIPTION,
    LINES,
    DISCOUNT,
    MANAGER,
    COMMENT,
    CANCELLATION,

    PRICE_CHANGE,
    LEFT_OFFICE,
    WORK_STARTED,
    FINISHED,
    FINAL_SUM,
    DAY_CLOSE,

    /** Changes only as the consequence of the others (assignment, marks, cancellation, day close). */
    STATUS,

    /** Written once, when the order is booked from a row of an imported file: the file and the row. */
    IMPORT
}
