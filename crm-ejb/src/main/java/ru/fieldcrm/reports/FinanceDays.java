package ru.fieldcrm.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The days a run computes: its period and, for a nightly run, earlier days closed or corrected since
 * the previous night. The job reads them as its items in this order, so a restart resumes at the same
 * position; a chunk's days are written as runs of consecutive days, one set-based statement each.
 */
public final class FinanceDays {

    /** How many days back a nightly run recomputes, whatever was closed: the last week. */
    static final int NIGHTLY_WEEK = 7;

    private FinanceDays() {
    }

    /** Every day of [from, to] and the extra days, sorted, each once. */
    public static List<LocalDate> of(LocalDate from, LocalDate to, Collection<LocalDate> extra) {
        TreeSet<LocalDate> days = new TreeSet<>(extra);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return List.copyOf(days);
    }

    /** The nightly period for a night that starts {@code today}: the last seven days up to yesterday. */
    public static LocalDate nightlyFrom(LocalDate today) {
        return today.minusDays(NIGHTLY_WEEK);
    }

    public static LocalDate nightlyTo(LocalDate today) {
        return today.minusDays(1);
    }

    /** The days closed or corrected since the previous night that lie before the nightly period. */
    public static List<LocalDate> extraForNight(LocalDate today, Collection<LocalDate> touched) {
        LocalDate from = nightlyFrom(today);
        return touched.stream().filter(day -> day.isBefore(from)).distinct().sorted().toList();
    }

    /** Sorted days cut into runs of consecutive days: each element is {first, last}. */
    public static List<LocalDate[]> ranges(Collection<LocalDate> days) {
        List<LocalDate[]> ranges = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate day : new TreeSet<>(days)) {
            if (last != null && day.equals(last.plusDays(1))) {
                last = day;
                continue;
            }
            if (first != null) {
                ranges.add(new LocalDate[] {first, last});
            }
            first = day;
            last = day;
        }
        if (first != null) {
            ranges.add(new LocalDate[] {first, last});
        }
        return ranges;
    }

    /** Extra days as a job parameter and a column: ISO dates, comma-separated (empty for none). */
    public static String format(Collection<LocalDate> days) {
        return days.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    public static List<LocalDate> parse(String days) {
        if (days == null || days.isBlank()) {
            return List.of();
        }
        return Arrays.stream(days.split(",")).map(String::strip).map(LocalDate::parse).toList();
    }
}
