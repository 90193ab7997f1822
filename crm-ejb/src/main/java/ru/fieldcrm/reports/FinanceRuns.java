package ru.fieldcrm.reports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.fieldcrm.shared.SqlValues;

/**
 * The rows of the job's runs (finance_run), each change in its own transaction: the batch runtime's
 * threads and the starting bean call it outside any. A nightly run claims its night with the unique
 * night_of: the instance whose insert fails leaves the night to the other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FinanceRuns {

    static final int ERROR_LENGTH = 2000;

    private static final String COLUMNS = "select r.id, r.kind, r.period_from, r.period_to, r.status, r.days_total,"
            + " r.days_done, r.started_at, r.ended_at, r.started_by, u.full_name, r.error, r.extra_days, r.execution_id"
            + " from finance_run r left join crm_user u on u.id = r.started_by";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** A run's row with what the job needs to start or restart it. */
    public record Run(FinanceRunSummary summary, List<LocalDate> extraDays, Long executionId) {
    }

    public long create(FinanceRunKind kind, LocalDate from, LocalDate to, List<LocalDate> extra, LocalDate night,
            int daysTotal, Long startedBy) {
        long id = ((Number) em.createNativeQuery("select nextval('finance_run_seq')").getSingleResult()).longValue();
        em.createNativeQuery("insert into finance_run (id, kind, period_from, period_to, extra_days, night_of, status,"
                        + " days_total, days_done, started_at, started_by) values (?1, ?2, ?3, ?4, ?5, cast(?6 as date), 'STARTING', ?7, 0, ?8, cast(?9 as bigint))")
                .setParameter(1, id).setParameter(2, kind.name()).setParameter(3, Date.valueOf(from))
                .setParameter(4, Date.valueOf(to)).setParameter(5, FinanceDays.format(extra))
                .setParameter(6, night == null ? null : Date.valueOf(night)).setParameter(7, daysTotal)
                .setParameter(8, SqlValues.parameter(clock.instant())).setParameter(9, startedBy)
                .executeUpdate();
        em.flush();
        return id;
    }

    /**
     * Claims the night for this instance: empty when another instance's claim is already there. Two
     * claims at the same moment: the unique index refuses the second, whose caller gets an exception.
     */
    public Optional<Long> claimNight(LocalDate night, LocalDate from, LocalDate to, List<LocalDate> extra,
            int daysTotal) {
        if (!em.createNativeQuery("select id from finance_run where night_of = ?1").setParameter(1, Date.valueOf(night))
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(create(FinanceRunKind.NIGHTLY, from, to, extra, night, daysTotal, null));
    }

    /** When the newest nightly run before this night started: days closed since then are computed again. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lastNightStart(LocalDate before) {
        List<?> rows = em.createNativeQuery("select max(started_at) from finance_run where night_of < ?1")
                .setParameter(1, Date.valueOf(before)).getResultList();
        return rows.stream().filter(r -> r != null).findFirst().map(SqlValues::instant);
    }

    /** The days whose manager closed or an administrator corrected them since the instant. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LocalDate> touchedSince(Instant since) {
        List<?> rows = em.createNativeQuery("select distinct work_day from manager_day where closed_at >= ?1"
                        + " or corrected_at >= ?1")
                .setParameter(1, SqlValues.parameter(since)).getResultList();
        return rows.stream().map(SqlValues::date).toList();
    }

    public void running(long id, long executionId) {
        em.createNativeQuery("update finance_run set status = 'RUNNING', execution_id = ?1, ended_at = null, error = null"
                        + " where id = ?2")
                .setParameter(1, executionId).setParameter(2, id).executeUpdate();
    }

    /** A failed run handed back to the batch runtime: starting again until its job says it runs. */
    public void restarting(long id) {
        em.createNativeQuery("update finance_run set status = 'STARTING', ended_at = null, error = null where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    /** The end of a run; a run already failed stays failed (with its error) until it is restarted. */
    public void ended(long id, FinanceRunStatus status, String error) {
        em.createNativeQuery("update finance_run set status = ?1, ended_at = ?2, error = coalesce(?3, error)"
                        + " where id = ?4 and (status <> 'FAILED' or ?1 = 'FAILED')")
                .setParameter(1, status.name()).setParameter(2, SqlValues.parameter(clock.instant()))
                .setParameter(3, error).setParameter(4, id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Run> find(long id) {
        return em.createNativeQuery(COLUMNS + " where r.id = ?1").setParameter(1, id).getResultList().stream()
                .findFirst().map(row -> run((Object[]) row));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Run> newest(int limit) {
        List<Run> runs = new ArrayList<>();
        for (Object row : em.createNativeQuery(COLUMNS + " order by r.started_at desc, r.id desc limit " + limit)
                .getResultList()) {
            runs.add(run((Object[]) row));
        }
        return runs;
    }

    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < ERROR_LENGTH; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                if (!text.isEmpty()) {
                    text.append(" ← ");
                }
                text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            }
        }
        String message = text.isEmpty() ? failure.getClass().getName() : text.toString();
        return message.length() > ERROR_LENGTH ? message.substring(0, ERROR_LENGTH) : message;
    }

    private static Run run(Object[] row) {
        FinanceRunSummary summary = new FinanceRunSummary(SqlValues.number(row[0]), FinanceRunKind.valueOf((String) row[1]),
                SqlValues.date(row[2]), SqlValues.date(row[3]), FinanceRunStatus.valueOf((String) row[4]),
                (int) SqlValues.number(row[5]), (int) SqlValues.number(row[6]), SqlValues.instant(row[7]),
                SqlValues.instant(row[8]), SqlValues.numberOrNull(row[9]), (String) row[10], (String) row[11]);
        return new Run(summary, FinanceDays.parse((String) row[12]), SqlValues.numberOrNull(row[13]));
    }
}
