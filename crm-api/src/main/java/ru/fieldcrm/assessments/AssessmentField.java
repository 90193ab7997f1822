package ru.fieldcrm.assessments;

/**
 * What of an assessment can be changed, each with its owner in {@link AssessmentRights}: the
 * office's part (operator), the result (the assigned manager), the order it became.
 */
public enum AssessmentField {
    CLIENT,
    CONTACT_PHONE,
    ADDRESS,
    VISIT_TIME,
    DESCRIPTION,
    MANAGER,
    CANCELLATION,
    /** Turning the assessment into an order. */
    ORDER,

    /** The estimated amount and notes; recording them makes the assessment done. */
    RESULT,

    /** Changes only as the consequence of the others. */
    STATUS
}
