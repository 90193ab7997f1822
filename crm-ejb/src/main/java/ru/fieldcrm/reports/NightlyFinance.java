package ru.fieldcrm.reports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.fieldcrm.settings.CrmConfiguration;

/**
 * The nightly run: a non-persistent calendar timer on every instance, shortly after midnight in the
 * company's time zone, recomputes yesterday and the rest of the last week, and every earlier day
 * closed or corrected since the previous night. Only the instance that claims the night runs it. A
 * server that was down at that time runs the night shortly after it starts again, once: the claim
 * tells it whether the night has been run already.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyFinance {

    static final int MINUTE = 10;
    static final String NIGHTLY = "daily-finance-nightly";
    static final String CATCH_UP = "daily-finance-catch-up";
    static final long CATCH_UP_DELAY_MS = 20_000;
    private static final Logger LOG = Logger.getLogger(NightlyFinance.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CrmConfiguration configuration;

    @Inject
    FinanceRuns runs;

    @Inject
    FinanceJobs jobs;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void schedule() {
        ZoneId zone = configuration.companyZone();
        timers.createCalendarTimer(new ScheduleExpression().hour(0).minute(MINUTE).timezone(zone.getId()),
                new TimerConfig(NIGHTLY, false));
        timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig(CATCH_UP, false));
        LOG.info(() -> "nightly finance run scheduled at 00:" + MINUTE + " " + zone.getId());
    }

    @Timeout
    void night(Timer timer) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(configuration.companyZone()));
        if (CATCH_UP.equals(timer.getInfo()) && now.toLocalTime().isBefore(LocalTime.of(0, MINUTE))) {
            return;
        }
        try {
            runNight(now.toLocalDate());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "nightly finance run did not start", e);
        }
    }

    /** Claims the night that starts {@code today} and runs it; answers the run, empty when another instance has it. */
    Optional<Long> runNight(LocalDate today) {
        LocalDate from = FinanceDays.nightlyFrom(today);
        LocalDate to = FinanceDays.nightlyTo(today);
        List<LocalDate> extra = runs.lastNightStart(today).map(runs::touchedSince)
                .map(days -> FinanceDays.extraForNight(today, days)).orElse(List.of());
        Optional<Long> claimed;
        try {
            claimed = runs.claimNight(today, from, to, extra, FinanceDays.of(from, to, extra).size());
        } catch (RuntimeException e) {
            LOG.info(() -> "night " + today + " claimed by another instance");
            return Optional.empty();
        }
        if (claimed.isEmpty()) {
            LOG.fine(() -> "night " + today + " already run or claimed by another instance");
            return claimed;
        }
        jobs.launch(claimed.get(), from, to, extra);
        return claimed;
    }
}
