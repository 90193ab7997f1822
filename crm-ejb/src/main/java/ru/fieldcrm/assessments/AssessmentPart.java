package ru.fieldcrm.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.fieldcrm.orders.SiteAddress;

/** The office's part of an assessment, checked: the phone in E.164, the window also as instants. */
public record AssessmentPart(
        long clientId,
        String contactPhone,
        SiteAddress site,
        LocalDate visitDate,
        LocalTime windowStart,
        LocalTime windowEnd,
        Instant visitStart,
        Instant visitEnd,
        String description,
        Long managerId) {

    public AssessmentPart {
        description = description == null || description.isBlank() ? null : description.strip();
    }

    String visitText() {
        return visitDate + " " + windowStart + "-" + windowEnd;
    }
}
