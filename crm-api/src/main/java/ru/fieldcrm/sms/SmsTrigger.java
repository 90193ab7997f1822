package ru.fieldcrm.sms;

import ru.fieldcrm.assessments.AssessmentStatus;
import ru.fieldcrm.orders.OrderStatus;

/**
 * What a message is about: an order or an assessment reaching a status, or the reminder the day
 * before the visit. Each has its own template.
 */
public enum SmsTrigger {
    ORDER_NEW,
    ORDER_ASSIGNED,
    ORDER_LEFT_OFFICE,
    ORDER_IN_PROGRESS,
    ORDER_DONE,
    ORDER_CLOSED,
    ORDER_CANCELLED,
    ORDER_REMINDER,
    ASSESSMENT_PLANNED,
    ASSESSMENT_DONE,
    ASSESSMENT_CANCELLED,
    ASSESSMENT_REMINDER;

    public static SmsTrigger of(OrderStatus status) {
        return valueOf("ORDER_" + status.name());
    }

    public static SmsTrigger of(AssessmentStatus status) {
        return valueOf("ASSESSMENT_" + status.name());
    }

    public boolean isReminder() {
        return this == ORDER_REMINDER || this == ASSESSMENT_REMINDER;
    }

    public boolean isAboutAssessment() {
        return name().startsWith("ASSESSMENT_");
    }
}
