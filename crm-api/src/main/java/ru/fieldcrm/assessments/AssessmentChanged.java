package ru.fieldcrm.assessments;

import java.time.Instant;

/**
 * A CDI event fired in the transaction of every saved change of an assessment (see
 * {@link ru.fieldcrm.orders.OrderChanged}). {@code before} is null for a new assessment.
 */
public record AssessmentChanged(long assessmentId, AssessmentStatus before, AssessmentStatus after, Instant at) {

    public boolean statusChanged() {
        return before != after;
    }
}
