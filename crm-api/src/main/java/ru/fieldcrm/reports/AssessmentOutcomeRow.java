package ru.fieldcrm.reports;

import java.math.BigDecimal;

/** How many assessments of the period ended so, and their {@code share} of all (a fraction). */
public record AssessmentOutcomeRow(AssessmentOutcome outcome, int count, BigDecimal share) {
}
