package ru.fieldcrm.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How pages colour an assessment's status: planned blue, done green, cancelled red. */
@Named
@ApplicationScoped
public class AssessmentStatusStyle {

    public String severity(AssessmentStatus status) {
        return switch (status) {
            case PLANNED -> "info";
            case DONE -> "success";
            case CANCELLED -> "danger";
        };
    }
}
