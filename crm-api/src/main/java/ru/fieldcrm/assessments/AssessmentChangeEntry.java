package ru.fieldcrm.assessments;

import java.time.Instant;

/** One change in an assessment's history: the field, its value before and after, who and when. */
public record AssessmentChangeEntry(Instant at, String actorLogin, AssessmentField field, String oldValue,
        String newValue) {
}
