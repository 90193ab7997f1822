package ru.fieldcrm.reports;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The days of a report or a run, both included. The services refuse {@code from} after {@code to}. */
public record ReportPeriod(
        @NotNull(message = "{reports.period.fromRequired}") LocalDate from,
        @NotNull(message = "{reports.period.toRequired}") LocalDate to) {

    /** The longest period a report or a run covers: three years of days. */
    public static final int MAX_DAYS = 3 * 366;

    /** How many days the period holds (0 when reversed). */
    public long days() {
        return from == null || to == null || from.isAfter(to) ? 0 : to.toEpochDay() - from.toEpochDay() + 1;
    }
}
