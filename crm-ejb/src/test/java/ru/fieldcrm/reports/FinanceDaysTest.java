package ru.fieldcrm.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinanceDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aRunHoldsItsPeriodAndExtraDaysOnceInOrder() {
        List<LocalDate> days = FinanceDays.of(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 27),
                List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 3)));
        assertEquals(8, days.size());
        assertEquals(LocalDate.of(2026, 11, 3), days.get(0));
        assertEquals(LocalDate.of(2026, 11, 27), days.get(7));
    }

    @Test
    void theNightRecomputesTheLastWeekAndEarlierDaysClosedSince() {
        assertEquals(LocalDate.of(2026, 11, 21), FinanceDays.nightlyFrom(TODAY));
        assertEquals(LocalDate.of(2026, 11, 27), FinanceDays.nightlyTo(TODAY));
        assertEquals(List.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 20)),
                FinanceDays.extraForNight(TODAY, List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25),
                        LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 27))));
    }

    @Test
    void aChunkIsWrittenAsRunsOfConsecutiveDays() {
        List<LocalDate[]> ranges = FinanceDays.ranges(List.of(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)));
        assertEquals(3, ranges.size());
        assertEquals(LocalDate.of(2026, 11, 3), ranges.get(0)[0]);
        assertEquals(LocalDate.of(2026, 11, 5), ranges.get(0)[1]);
        assertEquals(LocalDate.of(2026, 11, 9), ranges.get(1)[0]);
        assertEquals(LocalDate.of(2026, 11, 9), ranges.get(1)[1]);
        assertEquals(LocalDate.of(2027, 1, 1), ranges.get(2)[1]);
        assertTrue(FinanceDays.ranges(List.of()).isEmpty());
    }

    @Test
    void extraDaysTravelAsText() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 20));
        assertEquals("2026-10-05,2026-11-20", FinanceDays.format(days));
        assertEquals(days, FinanceDays.parse("2026-10-05, 2026-11-20"));
        assertTrue(FinanceDays.parse("").isEmpty());
        assertTrue(FinanceDays.parse(null).isEmpty());
    }
}
