package ru.fieldcrm.assessments;

/** One field of an assessment that a change moved from one value to another, for the history. */
public record AssessmentFieldChange(AssessmentField field, String oldValue, String newValue) {
}
