package ru.fieldcrm.assessments;

/** Запланирована → Проведена (with its result), or Отменена (with a reason). */
public enum AssessmentStatus {
    PLANNED,
    DONE,
    CANCELLED;

    /** Whether the assessment still takes the office's changes and its result. */
    public boolean isOpen() {
        return this == PLANNED;
    }
}
