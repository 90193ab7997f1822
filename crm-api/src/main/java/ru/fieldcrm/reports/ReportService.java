package ru.fieldcrm.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/**
 * The report tables. Every report answers rows and totals for a period and, where it makes sense, one
 * manager ({@code managerId} null for all). What a caller sees is the administrator's choice per role
 * (see {@link ReportRights}): a report the role may not see, or another manager's figures asked for by
 * a manager who sees only their own, is refused with a {@link ru.fieldcrm.shared.ForbiddenException}.
 */
public interface ReportService {

    /** Finance by day from the figures the daily-finance job computed. */
    FinanceReport finance(@NotNull(message = "{reports.period.required}") @Valid ReportPeriod period, Long managerId);

    /**
     * Per manager: orders planned, done and cancelled, revenue, upsell, discounts, average check,
     * site assessments held and their conversion into orders. Read from the orders and assessments
     * themselves, with the daily finance's definitions (an order counts on its visit day).
     */
    ManagersReport managers(@NotNull(message = "{reports.period.required}") @Valid ReportPeriod period, Long managerId);

    /** Upsells («Увеличение чека») per manager and the orders that have one. */
    UpsellReport upsells(@NotNull(message = "{reports.period.required}") @Valid ReportPeriod period, Long managerId);

    /** Discounts given, by discount type and by who gave them; a manager's are those on their orders. */
    DiscountReport discounts(@NotNull(message = "{reports.period.required}") @Valid ReportPeriod period, Long managerId);

    /** Orders by status and the cancelled ones by reason. */
    OrderStatusReport orders(@NotNull(message = "{reports.period.required}") @Valid ReportPeriod period, Long managerId);

    /** Site assessments by outcome, per manager. */
    AssessmentReport assessments(@NotNull(message = "{reports.period.required}") @Valid ReportPeriod period, Long managerId);

    /** The reports the caller may open (for the menu and the pages' links). */
    Set<ReportKind> visible();

    /** Whether the caller sees only their own figures of the report. */
    boolean ownOnly(ReportKind report);

    /** The access settings for the operator and the manager, every report (administrator). */
    List<ReportAccessEntry> access();

    /**
     * Saves the access settings given (the others stay), audited.
     *
     * @throws ru.fieldcrm.shared.InvalidRequestException for a role that is not configurable, or "own" for the operator
     */
    List<ReportAccessEntry> saveAccess(@NotNull(message = "{reports.access.required}") List<@Valid ReportAccessEntry> entries);
}
