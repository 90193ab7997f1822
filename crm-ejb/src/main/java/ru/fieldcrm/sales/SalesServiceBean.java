package ru.fieldcrm.sales;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.fieldcrm.assessments.AssessmentDetails;
import ru.fieldcrm.assessments.AssessmentForm;
import ru.fieldcrm.assessments.AssessmentService;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.clients.Client;
import ru.fieldcrm.clients.ClientRepository;
import ru.fieldcrm.orders.OrderDetails;
import ru.fieldcrm.orders.OrderForm;
import ru.fieldcrm.orders.OrderService;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/**
 * Deals and pipelines, with the rights of {@link SalesService} checked for every call through
 * {@link SalesRights}: what the caller may see is a condition of every query, what they may change
 * is checked before anything changes. Every change of a deal is written to its history in the same
 * transaction and audited.
 */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
public class SalesServiceBean implements SalesService {

    private static final String TARGET = "deal";
    /** The most calls a deal's timeline shows (the newest). */
    private static final int MAX_CALLS = 200;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Staff staff;

    @Inject
    Auditor auditor;

    @Inject
    ClientRepository clients;

    @jakarta.ejb.EJB
    OrderService orders;

    @jakarta.ejb.EJB
    AssessmentService assessments;

    @Inject
    CrmConfiguration configuration;

    @Inject
    SalesFiguresQuery figuresQuery;

    @Inject
    ru.fieldcrm.calls.CallRepository callLog;

    private final Clock clock = Clock.systemUTC();

    // ------------------------------------------------------------------ pipelines and settings

    @Override
    public List<PipelineView> pipelines() {
        boolean admin = staff.current().role() == Role.ADMIN;
        return em.createQuery("select p from Pipeline p" + (admin ? "" : " where p.active = true")
                + " order by p.position, p.id", Pipeline.class).getResultStream().map(Pipeline::toView).toList();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public PipelineView createPipeline(PipelineForm form) {
        checkPipelineNameFree(form.name(), null);
        Integer last = em.createQuery("select max(p.position) from Pipeline p", Integer.class).getSingleResult();
        Pipeline pipeline = new Pipeline(form, last == null ? 0 : last + 1);
        em.persist(pipeline);
        flush("sales.pipeline.changedConcurrently");
        audit("pipeline.created", "pipeline", pipeline.getId(), "stages=" + pipeline.getStages().size());
        return pipeline.toView();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public PipelineView updatePipeline(long id, long version, PipelineForm form) {
        Pipeline pipeline = em.find(Pipeline.class, id);
        if (pipeline == null) {
            throw new NotFoundException("sales.pipeline.notFound");
        }
        if (pipeline.getVersion() != version) {
            throw new ConcurrentChangeException("sales.pipeline.changedConcurrently");
        }
        checkPipelineNameFree(form.name(), id);
        List<Long> occupied = em.createQuery("select distinct d.stage.id from Deal d where d.pipeline.id = :id", Long.class)
                .setParameter("id", id).getResultList();
        List<Long> order = pipeline.getStages().stream().map(PipelineStage::getId).toList();
        pipeline.change(form, new HashSet<>(occupied));
        flush("sales.pipeline.changedConcurrently");
        List<Long> kept = pipeline.getStages().stream().map(PipelineStage::getId).filter(order::contains).toList();
        if (!kept.equals(order.stream().filter(kept::contains).toList())) {
            figuresQuery.recomputeFurthest(id);
        }
        audit("pipeline.updated", "pipeline", id, "stages=" + pipeline.getStages().size());
        return pipeline.toView();
    }

    private void checkPipelineNameFree(String name, Long exceptId) {
        boolean taken = em.createQuery("select p.id from Pipeline p where p.nameKey = :key", Long.class)
                .setParameter("key", Pipeline.keyOf(name)).getResultStream().anyMatch(other -> !other.equals(exceptId));
        if (taken) {
            throw new InvalidRequestException("sales.pipeline.nameTaken", "name", name.strip());
        }
    }

    @Override
    public List<LostReasonView> lostReasons() {
        Map<Long, Long> used = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select d.lostReason.id, count(d) from Deal d where d.lostReason is not null"
                + " group by d.lostReason.id", Object[].class).getResultList()) {
            used.put((Long) row[0], (Long) row[1]);
        }
        return em.createQuery("select r from LostReason r order by r.position, r.id", LostReason.class)
                .getResultStream().map(r -> r.toView(used.getOrDefault(r.getId(), 0L))).toList();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public LostReasonView addLostReason(LostReasonForm form) {
        checkReasonNameFree(form.name(), null);
        Integer last = em.createQuery("select max(r.position) from LostReason r", Integer.class).getSingleResult();
        LostReason reason = new LostReason(form, last == null ? 0 : last + 1);
        em.persist(reason);
        flush("sales.lostReason.changedConcurrently");
        audit("lostReason.created", "lostReason", reason.getId(), "active=" + reason.isActive());
        return reason.toView(0);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public LostReasonView updateLostReason(long id, long version, LostReasonForm form) {
        LostReason reason = em.find(LostReason.class, id);
        if (reason == null) {
            throw new NotFoundException("sales.lostReason.notFound");
        }
        if (reason.getVersion() != version) {
            throw new ConcurrentChangeException("sales.lostReason.changedConcurrently");
        }
        checkReasonNameFree(form.name(), id);
        reason.change(form);
        flush("sales.lostReason.changedConcurrently");
        audit("lostReason.updated", "lostReason", id, "active=" + reason.isActive());
        long used = em.createQuery("select count(d) from Deal d where d.lostReason.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return reason.toView(used);
    }

    private void checkReasonNameFree(String name, Long exceptId) {
        String key = LostReason.keyOf(name);
        boolean taken = em.createQuery("select r from LostReason r", LostReason.class).getResultStream()
                .anyMatch(r -> !r.getId().equals(exceptId) && LostReason.keyOf(r.getName()).equals(key));
        if (taken) {
            throw new InvalidRequestException("sales.lostReason.nameTaken", "name", name.strip());
        }
    }

    @Override
    public List<StaffMember> sellers() {
        return SalesRights.SELLERS.stream().flatMap(role -> staff.active(role).stream())
                .sorted(java.util.Comparator.comparing(StaffMember::fullName, java.text.Collator.getInstance(new java.util.Locale("ru"))))
                .toList();
    }

    @Override
    public SalesSettings settings() {
        return setting().toView();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public SalesSettings saveSettings(SalesSettings settings) {
        SalesSetting setting = setting();
        if (setting.getVersion() != settings.version()) {
            throw new ConcurrentChangeException("sales.settings.changedConcurrently");
        }
        setting.change(settings.salesSeeAllDeals());
        flush("sales.settings.changedConcurrently");
        audit("sales.settings", "salesSetting", SalesSetting.ID, "salesSeeAllDeals=" + settings.salesSeeAllDeals());
        return setting.toView();
    }

    private SalesSetting setting() {
        return em.find(SalesSetting.class, SalesSetting.ID);
    }

    // ------------------------------------------------------------------ deals

    @Override
    public List<DealView> deals(DealFilter filter) {
        StaffMember me = staff.current();
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new java.util.HashMap<>();
        SalesRights.visibility(me, setting().isSalesSeeAllDeals(), where, parameters);
        if (filter.pipelineId() != null) {
            where.add("d.pipeline.id = :pipeline");
            parameters.put("pipeline", filter.pipelineId());
        }
        if (filter.responsibleId() != null) {
            where.add("d.responsibleId = :responsible");
            parameters.put("responsible", filter.responsibleId());
        }
        ZoneId zone = configuration.companyZone();
        if (filter.createdFrom() != null) {
            where.add("d.createdAt >= :from");
            parameters.put("from", filter.createdFrom().atStartOfDay(zone).toInstant());
        }
        if (filter.createdTo() != null) {
            where.add("d.createdAt < :to");
            parameters.put("to", filter.createdTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.openOnly()) {
            where.add("d.closedAt is null");
        } else if (filter.closedSince() != null) {
            where.add("(d.closedAt is null or d.closedAt >= :closedSince)");
            parameters.put("closedSince", filter.closedSince().atStartOfDay(zone).toInstant());
        }
        TypedQuery<Deal> query = em.createQuery("select d from Deal d"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by d.stageSince desc, d.id desc", Deal.class);
        parameters.forEach(query::setParameter);
        // Read only: thousands of cards are shown, none changed, so none is copied for change tracking.
        List<Deal> deals = query.setMaxResults(SalesRights.MAX_LISTED).setHint("eclipselink.read-only", "true")
                .getResultList();
        return views(deals, me);
    }

    @Override
    public DealView deal(long id) {
        StaffMember me = staff.current();
        return view(visible(id, me), me);
    }

    @Override
    public DealView create(DealForm form) {
        StaffMember me = staff.current();
        SalesRights.requireSeller(me);
        Instant now = clock.instant();
        Pipeline pipeline = pipeline(form.pipelineId());
        PipelineStage stage = form.stageId() == null ? pipeline.firstStage() : pipeline.stage(form.stageId(), "stageId");
        Deal deal = Deal.open(terms(form, me, null, now), stage, me.id(), now);
        em.persist(deal);
        flush("sales.deal.changedConcurrently");
        record(deal, me, now, List.of(DealChange.created(stage)));
        audit("deal.created", TARGET, deal.getId(), "stage=" + stage.getId());
        return view(deal, me);
    }

    @Override
    public DealView update(long id, long version, DealForm form) {
        StaffMember me = staff.current();
        Deal deal = editable(id, version, me);
        if (!deal.getPipeline().getId().equals(form.pipelineId())) {
            throw new InvalidRequestException("sales.deal.pipelineFixed", "pipelineId");
        }
        Instant now = clock.instant();
        List<DealChange> changes = deal.change(terms(form, me, deal, now));
        flush("sales.deal.changedConcurrently");
        record(deal, me, now, changes);
        if (!changes.isEmpty()) {
            audit("deal.updated", TARGET, id, "fields=" + String.join(",", changes.stream().map(DealChange::field).toList()));
        }
        return view(deal, me);
    }

    @Override
    public DealView move(long id, long version, DealMove move) {
        StaffMember me = staff.current();
        Deal deal = editable(id, version, me);
        PipelineStage target = deal.getPipeline().stage(move.stageId(), "stageId");
        LostReason reason = null;
        if (move.lostReasonId() != null) {
            reason = em.find(LostReason.class, move.lostReasonId());
            if (reason == null) {
                throw new InvalidRequestException("sales.move.lostReasonUnknown", "lostReasonId");
            }
            if (!reason.isActive() && !reason.equals(deal.getLostReason())) {
                throw new InvalidRequestException("sales.move.lostReasonHidden", "lostReasonId", reason.getName());
            }
        }
        Instant now = clock.instant();
        List<DealChange> changes = deal.moveTo(target, reason, move.lostComment(), now);
        flush("sales.deal.changedConcurrently");
        record(deal, me, now, changes);
        if (!changes.isEmpty()) {
            audit("deal.moved", TARGET, id, "stage=" + target.getId());
        }
        return view(deal, me);
    }

    @Override
    public List<DealEventView> history(long id) {
        visible(id, staff.current());
        return em.createQuery("select e from DealEvent e where e.dealId = :id order by e.happenedAt, e.id", DealEvent.class)
                .setParameter("id", id).getResultStream().map(DealEvent::toView).toList();
    }

    // ------------------------------------------------------------------ from a won deal

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public OrderDetails toOrder(long dealId, long version, OrderForm form) {
        Deal deal = won(dealId, version);
        OrderDetails order = orders.create(form);
        link(deal, DealLinkKind.ORDER, order.id(), order.number());
        return order;
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public AssessmentDetails toAssessment(long dealId, long version, AssessmentForm form) {
        Deal deal = won(dealId, version);
        AssessmentDetails assessment = assessments.create(form);
        link(deal, DealLinkKind.ASSESSMENT, assessment.id(), assessment.number());
        return assessment;
    }

    @Override
    public List<ru.fieldcrm.calls.CallSummary> calls(long dealId) {
        StaffMember reader = staff.current();
        Deal deal = visible(dealId, reader);
        java.util.Set<String> numbers = new java.util.LinkedHashSet<>();
        if (deal.getClientId() != null) {
            try {
                clients.get(deal.getClientId()).getPhones().forEach(p -> numbers.add(p.getPhone()));
            } catch (NotFoundException e) {
                // the client card is gone (merged away): its calls are still linked by id
            }
        }
        if (deal.getContactPhone() != null) {
            numbers.add(deal.getContactPhone());
        }
        return callLog.about(deal.getClientId(), numbers, deal.getCreatedAt(), deal.getClosedAt(), MAX_CALLS,
                reader);
    }

    @Override
    public List<DealLinkView> links(long dealId) {
        visible(dealId, staff.current());
        return em.createQuery("select l from DealLink l where l.dealId = :id order by l.linkedAt, l.id", DealLink.class)
                .setParameter("id", dealId).getResultStream().map(DealLink::toView).toList();
    }

    /** The deal the office makes an order or an assessment from: one it sees, as loaded, and won. */
    private Deal won(long dealId, long version) {
        Deal deal = visible(dealId, staff.current());
        if (deal.getVersion() != version) {
            throw new ConcurrentChangeException("sales.deal.changedConcurrently");
        }
        deal.requireWon();
        return deal;
    }

    private void link(Deal deal, DealLinkKind kind, long targetId, long number) {
        StaffMember me = staff.current();
        Instant now = clock.instant();
        em.persist(new DealLink(deal.getId(), kind, targetId, number, now));
        record(deal, me, now, List.of(DealChange.linked(kind, number)));
        flush("sales.deal.changedConcurrently");
        audit("deal.linked", TARGET, deal.getId(), kind.name().toLowerCase(java.util.Locale.ROOT) + "=" + number);
    }

    // ------------------------------------------------------------------ figures and plans

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public SalesFigures figures(LocalDate from, LocalDate to, Long pipelineId, Long sellerId) {
        StaffMember me = staff.current();
        if (from.isAfter(to)) {
            throw new InvalidRequestException("sales.figures.order", "from");
        }
        if (to.isAfter(from.plusYears(2))) {
            throw new InvalidRequestException("sales.figures.tooLong", "to");
        }
        Long only = me.role() == Role.ADMIN ? sellerId : Long.valueOf(me.id());
        if (me.role() != Role.ADMIN && sellerId != null && sellerId != me.id()) {
            throw new ForbiddenException("sales.figures.notAllowed");
        }
        Pipeline pipeline = pipelineId == null
                ? em.createQuery("select p from Pipeline p where p.active = true order by p.position, p.id", Pipeline.class)
                        .setMaxResults(1).getResultStream().findFirst().orElse(null)
                : pipeline(pipelineId);
        ZoneId zone = configuration.companyZone();
        List<StaffMember> people = only == null ? sellers()
                : List.of(only == me.id() ? me : staff.find(only).orElseThrow(() -> new NotFoundException("sales.deal.notFound")));
        return figuresQuery.figures(from, to, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                pipeline, people, only);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public List<SalesPlan> plans(YearMonth month) {
        List<?> rows = em.createNativeQuery("select user_id, amount from sales_plan where plan_month = ?1 order by user_id")
                .setParameter(1, java.sql.Date.valueOf(month.atDay(1))).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new SalesPlan(ru.fieldcrm.shared.SqlValues.number(r[0]), month, ru.fieldcrm.shared.SqlValues.decimal(r[1])))
                .toList();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public List<SalesPlan> savePlans(List<SalesPlan> plans) {
        java.util.Set<Long> sellerIds = new HashSet<>(sellers().stream().map(StaffMember::id).toList());
        for (int i = 0; i < plans.size(); i++) {
            if (!sellerIds.contains(plans.get(i).userId())) {
                throw new InvalidRequestException("sales.plan.notSeller", "plans[" + i + "].userId");
            }
        }
        for (SalesPlan plan : plans) {
            java.sql.Date month = java.sql.Date.valueOf(plan.month().atDay(1));
            em.createNativeQuery("delete from sales_plan where user_id = ?1 and plan_month = ?2")
                    .setParameter(1, plan.userId()).setParameter(2, month).executeUpdate();
            if (plan.amount().signum() > 0) {
                em.createNativeQuery("insert into sales_plan (user_id, plan_month, amount, version) values (?1, ?2, ?3, 0)")
                        .setParameter(1, plan.userId()).setParameter(2, month)
                        .setParameter(3, ru.fieldcrm.shared.Money.of(plan.amount()).amount()).executeUpdate();
            }
            audit("sales.plan", "salesSetting", SalesSetting.ID, "user=" + plan.userId() + ",month=" + plan.month());
        }
        return plans.stream().map(SalesPlan::month).distinct().flatMap(m -> plans(m).stream()).toList();
    }

    // ------------------------------------------------------------------ activities and tasks

    @Override
    public List<ActivityView> activities(long dealId) {
        Deal deal = visible(dealId, staff.current());
        Instant now = clock.instant();
        return em.createQuery("select a from DealActivity a where a.dealId = :id order by a.happensAt, a.id", DealActivity.class)
                .setParameter("id", dealId).getResultStream().map(a -> a.toView(deal.getTitle(), now)).toList();
    }

    @Override
    public ActivityView addActivity(long dealId, ActivityForm form) {
        StaffMember me = staff.current();
        Deal deal = visible(dealId, me);
        if (!SalesRights.mayEdit(me, deal.getResponsibleId())) {
            throw new ForbiddenException("sales.deal.readOnly");
        }
        Instant now = clock.instant();
        DealActivity activity = DealActivity.log(deal, form, configuration.companyZone(), me.id(), me.login(), now);
        em.persist(activity);
        flush("sales.deal.changedConcurrently");
        audit("deal.activity", TARGET, dealId, "kind=" + form.kind());
        return activity.toView(deal.getTitle(), now);
    }

    @Override
    public ActivityView completeTask(long activityId, long version) {
        StaffMember me = staff.current();
        DealActivity task = em.find(DealActivity.class, activityId);
        if (task == null) {
            throw new NotFoundException("sales.activity.notFound");
        }
        Deal deal = visible(task.getDealId(), me);
        boolean mine = task.getAssigneeId() != null && task.getAssigneeId() == me.id();
        if (me.role() != Role.ADMIN && !(mine && SalesRights.SELLERS.contains(me.role()))) {
            throw new ForbiddenException("sales.activity.notYours");
        }
        if (task.getVersion() != version) {
            throw new ConcurrentChangeException("sales.activity.changedConcurrently");
        }
        Instant now = clock.instant();
        task.complete(now);
        flush("sales.activity.changedConcurrently");
        audit("deal.taskDone", TARGET, deal.getId(), "activity=" + activityId);
        return task.toView(deal.getTitle(), now);
    }

    @Override
    public List<ActivityView> myTasks() {
        StaffMember me = staff.current();
        Instant now = clock.instant();
        List<Object[]> rows = em.createQuery("select a, d.title from DealActivity a, Deal d where d.id = a.dealId"
                        + " and a.assigneeId = :me and a.doneAt is null and a.kind = :task order by a.happensAt, a.id",
                        Object[].class)
                .setParameter("me", me.id()).setParameter("task", ActivityKind.TASK).getResultList();
        return rows.stream().map(r -> ((DealActivity) r[0]).toView((String) r[1], now)).toList();
    }

    // ------------------------------------------------------------------ rules

    /** The deal if the caller may see it; otherwise, as for a deal that does not exist, not found. */
    private Deal visible(long id, StaffMember me) {
        List<String> where = new ArrayList<>(List.of("d.id = :id"));
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("id", id));
        SalesRights.visibility(me, setting().isSalesSeeAllDeals(), where, parameters);
        TypedQuery<Deal> query = em.createQuery("select d from Deal d where " + String.join(" and ", where), Deal.class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException("sales.deal.notFound"));
    }

    private Deal editable(long id, long version, StaffMember me) {
        Deal deal = visible(id, me);
        if (!SalesRights.mayEdit(me, deal.getResponsibleId())) {
            throw new ForbiddenException("sales.deal.readOnly");
        }
        if (deal.getVersion() != version) {
            throw new ConcurrentChangeException("sales.deal.changedConcurrently");
        }
        return deal;
    }

    private Pipeline pipeline(Long id) {
        Pipeline pipeline = em.find(Pipeline.class, id);
        if (pipeline == null || !pipeline.isActive()) {
            throw new InvalidRequestException("sales.pipeline.unknown", "pipelineId");
        }
        return pipeline;
    }

    /**
     * The form's terms, checked: the salesperson (only the administrator gives a deal to someone
     * else), the client (existing, or a new card — refused when one of its numbers is a client's
     * already, naming that client), the contact's number in E.164.
     */
    private Deal.Terms terms(DealForm form, StaffMember me, Deal existing, Instant now) {
        long responsible = form.responsibleId() == null
                ? (existing == null ? me.id() : existing.getResponsibleId()) : form.responsibleId();
        boolean reassigned = existing == null ? responsible != me.id() : responsible != existing.getResponsibleId();
        if (reassigned) {
            if (me.role() != Role.ADMIN) {
                throw new ForbiddenException("sales.responsible.adminOnly");
            }
            Optional<StaffMember> seller = staff.find(responsible);
            if (seller.isEmpty() || !seller.get().active() || !SalesRights.SELLERS.contains(seller.get().role())) {
                throw new InvalidRequestException("sales.responsible.invalid", "responsibleId");
            }
        }
        String contactPhone = null;
        if (form.contactPhone() != null && !form.contactPhone().isBlank()) {
            contactPhone = PhoneNumbers.normalize(form.contactPhone())
                    .orElseThrow(() -> new InvalidRequestException("shared.phone.invalid", "contactPhone"));
        }
        return new Deal.Terms(form.title(), client(form, now), form.contactName(), contactPhone, form.amount(), responsible,
                form.source(), form.expectedClose(), form.notes());
    }

    private Long client(DealForm form, Instant now) {
        if (form.clientId() != null && form.newClient() != null) {
            throw new InvalidRequestException("sales.client.both", "clientId");
        }
        if (form.clientId() != null) {
            try {
                return clients.get(form.clientId()).getId();
            } catch (NotFoundException e) {
                throw new InvalidRequestException("sales.client.unknown", "clientId");
            }
        }
        if (form.newClient() == null) {
            return null;
        }
        for (String number : Client.numbersOf(form.newClient().phones())) {
            clients.ownerOf(number).ifPresent(owner -> {
                throw new InvalidRequestException("sales.client.exists", "newClient.phones", PhoneNumbers.format(number),
                        owner.getName(), owner.getId());
            });
        }
        Client client = Client.from(form.newClient(), now);
        clients.add(client);
        clients.flush();
        StaffMember me = staff.current();
        auditor.record(new Auditor.Actor(me.id(), me.login()), "client.created", "client", client.getId(), "via=deal");
        return client.getId();
    }

    private void record(Deal deal, StaffMember me, Instant now, List<DealChange> changes) {
        for (DealChange change : changes) {
            em.persist(new DealEvent(deal.getId(), now, me.id(), me.login(), change));
        }
    }

    private List<DealView> views(List<Deal> deals, StaffMember me) {
        return new DealViews(em).of(deals, me, clock.instant());
    }

    private DealView view(Deal deal, StaffMember me) {
        return views(List.of(deal), me).get(0);
    }

    private void audit(String action, String target, Object id, String details) {
        StaffMember me = staff.current();
        auditor.record(new Auditor.Actor(me.id(), me.login()), action, target, id, details);
    }

    private void flush(String concurrentKey) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(concurrentKey);
        }
    }
}
