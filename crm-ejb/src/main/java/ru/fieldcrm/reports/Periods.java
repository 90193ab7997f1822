package ru.fieldcrm.reports;

import ru.fieldcrm.shared.InvalidRequestException;

/** The checks of a period the field constraints cannot make. */
final class Periods {

    private Periods() {
    }

    static void check(ReportPeriod period) {
        if (period.from().isAfter(period.to())) {
            throw new InvalidRequestException("reports.period.reversed", "to");
        }
        if (period.days() > ReportPeriod.MAX_DAYS) {
            throw new InvalidRequestException("reports.period.tooLong", "to", ReportPeriod.MAX_DAYS);
        }
    }
}
