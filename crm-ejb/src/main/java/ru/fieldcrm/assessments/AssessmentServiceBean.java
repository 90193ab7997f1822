package ru.fieldcrm.assessments;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.orders.OrderDetails;
import ru.fieldcrm.orders.OrderForm;
import ru.fieldcrm.orders.OrderService;
import ru.fieldcrm.orders.SiteAddress;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/**
 * Site assessments: reading for all staff, changes through the assessment's own methods (which
 * check {@link AssessmentRights}), the history of every change, the order made of one.
 */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
public class AssessmentServiceBean implements AssessmentService {

    private static final String TARGET = "assessment";

    @Inject
    AssessmentRepository assessments;

    @Inject
    Staff staff;

    @Inject
    CrmConfiguration configuration;

    @Inject
    Auditor auditor;

    @EJB
    OrderService orders;

    private final Clock clock = Clock.systemUTC();

    @Override
    public PageResult<AssessmentSummary> find(AssessmentQuery query) {
        return assessments.find(query);
    }

    @Override
    public AssessmentDetails get(long id) {
        return details(assessments.get(id));
    }

    @Override
    public List<AssessmentChangeEntry> history(long id) {
        assessments.get(id);
        return assessments.history(id);
    }

    @Override
    public Optional<AssessmentSummary> ofOrder(long orderId) {
        return assessments.idOfOrder(orderId).map(assessments::get).map(a -> {
            AssessmentDetails d = details(a);
            return new AssessmentSummary(d.id(), d.number(), d.status(), d.clientId(), d.clientName(), d.contactPhone(),
                    d.address(), d.visitDate(), d.windowStart(), d.windowEnd(), d.managerId(), d.managerName(),
                    d.estimatedAmount(), d.orderId());
        });
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public AssessmentDetails create(AssessmentForm form) {
        StaffMember actor = staff.current();
        AssessmentPart part = part(form, null);
        if (part.visitDate().isBefore(today())) {
            throw new InvalidRequestException("orders.visit.inPast", "visitDate");
        }
        Instant now = clock.instant();
        Assessment assessment = Assessment.plan(assessments.nextNumber(), part, actor, now);
        assessments.add(assessment);
        flush();
        assessments.record(assessment, actor,
                List.of(new AssessmentFieldChange(AssessmentField.STATUS, null, assessment.getStatus().name())), now);
        auditor.record(new Auditor.Actor(actor.id(), actor.login()), "assessment.created", TARGET, assessment.getId(),
                "number=" + assessment.getNumber());
        return details(assessment);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public AssessmentDetails update(long id, long version, AssessmentForm form) {
        return change(id, version, (assessment, actor) -> {
            AssessmentPart part = part(form, assessment);
            if (!part.visitDate().equals(assessment.getVisitDate()) && part.visitDate().isBefore(today())) {
                throw new InvalidRequestException("orders.visit.inPast", "visitDate");
            }
            return assessment.applyOffice(part, actor);
        });
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public AssessmentDetails cancel(long id, long version, String reason) {
        AssessmentDetails cancelled = change(id, version, (a, actor) -> a.cancel(reason, actor, clock.instant()));
        StaffMember me = staff.current();
        auditor.record(new Auditor.Actor(me.id(), me.login()), "assessment.cancelled", TARGET, id, null);
        return cancelled;
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public AssessmentDetails recordResult(long id, long version, AssessmentResult result) {
        return change(id, version, (a, actor) -> a.recordResult(Money.of(result.estimatedAmount()), result.notes(), actor,
                clock.instant()));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public OrderDetails toOrder(long id, long version, OrderForm form) {
        StaffMember actor = staff.current();
        Assessment assessment = load(id, version);
        assessment.requireOrderable(actor, assessments.orderNumber(assessment.getOrderId()).orElse(null));
        OrderDetails order = orders.create(form);
        Instant now = clock.instant();
        assessments.record(assessment, actor, assessment.linkOrder(order.id(), order.number(), actor, now), now);
        flush();
        auditor.record(new Auditor.Actor(actor.id(), actor.login()), "assessment.ordered", TARGET, id,
                "order=" + order.number());
        return order;
    }

    private AssessmentDetails change(long id, long version,
            BiFunction<Assessment, StaffMember, List<AssessmentFieldChange>> change) {
        StaffMember actor = staff.current();
        Assessment assessment = load(id, version);
        List<AssessmentFieldChange> changes = change.apply(assessment, actor);
        flush();
        assessments.record(assessment, actor, changes, clock.instant());
        if (!changes.isEmpty() && actor.role() == Role.ADMIN) {
            auditor.record(new Auditor.Actor(actor.id(), actor.login()), "assessment.changedByAdmin", TARGET, id,
                    "fields=" + changes.stream().map(c -> c.field().name()).distinct().toList());
        }
        return details(assessment);
    }

    private Assessment load(long id, long version) {
        Assessment assessment = assessments.get(id);
        if (assessment.getVersion() != version) {
            throw new ConcurrentChangeException("assessments.changedConcurrently");
        }
        return assessment;
    }

    /** The office's part of the form, checked against clients, staff and the calendar. */
    private AssessmentPart part(AssessmentForm form, Assessment current) {
        if (assessments.clientName(form.clientId()).isEmpty()) {
            throw new InvalidRequestException("orders.client.unknown", "clientId");
        }
        if (form.managerId() != null && !Objects.equals(form.managerId(), current == null ? null : current.getManagerId())) {
            boolean isManager = staff.find(form.managerId()).filter(m -> m.active() && m.role() == Role.MANAGER).isPresent();
            if (!isManager) {
                throw new InvalidRequestException("orders.manager.unknown", "managerId");
            }
        }
        if (!form.windowEnd().isAfter(form.windowStart())) {
            throw new InvalidRequestException("orders.visit.window", "windowEnd");
        }
        ZoneId zone = configuration.companyZone();
        return new AssessmentPart(form.clientId(), PhoneNumbers.normalize(form.contactPhone()).orElseThrow(),
                new SiteAddress(form.address(), form.entrance(), form.floor(), form.apartment(), form.intercom()),
                form.visitDate(), form.windowStart(), form.windowEnd(),
                form.visitDate().atTime(form.windowStart()).atZone(zone).toInstant(),
                form.visitDate().atTime(form.windowEnd()).atZone(zone).toInstant(),
                form.description(), form.managerId());
    }

    private AssessmentDetails details(Assessment a) {
        String client = assessments.clientName(a.getClientId()).orElse(null);
        String manager = a.getManagerId() == null ? null
                : staff.find(a.getManagerId()).map(StaffMember::fullName).orElse(null);
        SiteAddress site = a.getSite();
        return new AssessmentDetails(a.getId(), a.getNumber(), a.getStatus(), a.getClientId(), client, a.getContactPhone(),
                site.address(), site.entrance(), site.floor(), site.apartment(), site.intercom(), a.getVisitDate(),
                a.getWindowStart(), a.getWindowEnd(), a.getDescription(), a.getManagerId(), manager,
                a.getEstimatedAmount(), a.getResultNotes(), a.getDoneAt(), a.getCancellationReason(), a.getCancelledAt(),
                a.getOrderId(), assessments.orderNumber(a.getOrderId()).orElse(null), a.getCreatedAt(), a.getVersion(),
                a.getGeo().toPlacement());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(configuration.companyZone()));
    }

    private void flush() {
        try {
            assessments.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("assessments.changedConcurrently");
        }
    }
}
