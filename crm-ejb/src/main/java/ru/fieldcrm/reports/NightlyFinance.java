package ru.fieldcrm.reports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.fieldcrm.settings.CrmConfiguration;

/**
 * The nightly run: a non-persistent calendar timer on every instance, shortly after midnight in the
 * company's time zone, recomputes yesterday and the rest of the last week, and every earlier day
 * closed or corrected since the previous night. Only the instance that claims the night runs it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyFinance {

    static final int MINUTE = 10;
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
                new TimerConfig("daily-finance-nightly", false));
        LOG.info(() -> "nightly finance run scheduled at 00:" + MINUTE + " " + zone.getId());
    }

    @Timeout
    void night() {
        try {
            runNight(LocalDate.now(clock.withZone(configuration.companyZone())));
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
            LOG.info(() -> "night " + today + " claimed by another instance");
            return claimed;
        }
        jobs.launch(claimed.get(), from, to, extra);
        return claimed;
    }
}
