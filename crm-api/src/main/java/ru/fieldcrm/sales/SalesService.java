package ru.fieldcrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ru.fieldcrm.assessments.AssessmentDetails;
import ru.fieldcrm.assessments.AssessmentForm;
import ru.fieldcrm.orders.OrderDetails;
import ru.fieldcrm.orders.OrderForm;
import ru.fieldcrm.users.StaffMember;

/**
 * Deals and their pipelines. Rights, checked here for every caller: the administrator does
 * everything and keeps the pipelines, the lost reasons and the settings; a salesperson creates deals
 * and works their own (and sees the others' when the administrator allows it); operators and
 * managers read the deals of the clients they work with (an operator: any deal with a client; a
 * manager: deals of clients with an order of theirs). Anything else is refused as forbidden or,
 * for a deal the caller may not see, as not found.
 */
public interface SalesService {

    /** Pipelines with their stages (active ones; the administrator also inactive ones). */
    List<PipelineView> pipelines();

    PipelineView createPipeline(@NotNull(message = "{sales.pipeline.required}") @Valid PipelineForm form);

    /**
     * Changes a pipeline as loaded at {@code version}. A stage left out is removed, unless a deal is
     * in it (refused naming the stage).
     */
    PipelineView updatePipeline(long id, long version, @NotNull(message = "{sales.pipeline.required}") @Valid PipelineForm form);

    List<LostReasonView> lostReasons();

    /** The administrator adds a reason a deal may be lost for; names are unique whatever their case. */
    LostReasonView addLostReason(@jakarta.validation.constraints.NotNull(message = "{sales.lostReason.required}") @jakarta.validation.Valid LostReasonForm form);

    /**
     * The administrator renames a reason, hides it from the choice or offers it again, as loaded at
     * {@code version}. A reason is never deleted: the deals lost with it keep it.
     */
    LostReasonView updateLostReason(long id, long version,
            @jakarta.validation.constraints.NotNull(message = "{sales.lostReason.required}") @jakarta.validation.Valid LostReasonForm form);

    /** Who may be responsible for a deal: the active salespeople and administrators, by name. */
    List<StaffMember> sellers();

    SalesSettings settings();

    SalesSettings saveSettings(@NotNull(message = "{sales.settings.required}") @Valid SalesSettings settings);

    /** The deals the caller may see that match the filter, newest stage move first. */
    List<DealView> deals(@NotNull(message = "{sales.filter.required}") DealFilter filter);

    DealView deal(long id);

    DealView create(@NotNull(message = "{sales.deal.required}") @Valid DealForm form);

    /** Changes the deal as loaded at {@code version}; a deal changed since is refused as a concurrent change. */
    DealView update(long id, long version, @NotNull(message = "{sales.deal.required}") @Valid DealForm form);

    /** Moves the deal to another stage of its pipeline; into a lost stage only with a reason. */
    DealView move(long id, long version, @NotNull(message = "{sales.move.required}") @Valid DealMove move);

    List<DealEventView> history(long id);

    /**
     * Books the order of a won deal in one step (the office: administrator or operator), linked
     * back to the deal; a deal not won is refused.
     */
    OrderDetails toOrder(long dealId, long version, @NotNull @Valid OrderForm form);

    /** The same for a site assessment. */
    AssessmentDetails toAssessment(long dealId, long version,
            @NotNull @Valid AssessmentForm form);

    /**
     * The calls of the deal, for its timeline: the calls from the PBX log with its client (linked
     * to the client or from/to one of the client's numbers) or with the deal's contact number, from
     * the deal's creation until it was closed, newest first.
     */
    List<ru.fieldcrm.calls.CallSummary> calls(long dealId);

    /** The orders and assessments made from the deal. */
    List<DealLinkView> links(long dealId);

    /**
     * Each salesperson's figures for the period [{@code from}, {@code to}] (days in the company's
     * time zone, at most two years), and the funnel of the pipeline (null: the first). The
     * administrator sees everyone's (or {@code sellerId}'s); a salesperson only their own; others
     * are refused.
     */
    SalesFigures figures(@NotNull(message = "{sales.figures.fromRequired}") LocalDate from,
            @NotNull(message = "{sales.figures.toRequired}") LocalDate to, Long pipelineId, Long sellerId);

    /** The plans of a month, one per salesperson who has one (administrator). */
    List<SalesPlan> plans(@NotNull(message = "{sales.plan.monthRequired}") YearMonth month);

    /** Sets the given plans (an amount of 0 removes a plan), audited (administrator). */
    List<SalesPlan> savePlans(@NotNull(message = "{sales.plan.required}") List<@NotNull @Valid SalesPlan> plans);

    /** The deal's notes, negotiations and tasks, by time. */
    List<ActivityView> activities(long dealId);

    /**
     * Logs a note or a negotiation, or sets a task (for the deal's salesperson), on a deal the
     * caller may change. A negotiation cannot lie in the future; a task needs its time.
     */
    ActivityView addActivity(long dealId, @NotNull(message = "{sales.activity.required}") @Valid ActivityForm form);

    /** Marks the caller's task (or, for the administrator, anyone's) done, as loaded at {@code version}. */
    ActivityView completeTask(long activityId, long version);

    /** The caller's open tasks, the earliest first: overdue ones stand out. */
    List<ActivityView> myTasks();
}
