package ru.fieldcrm.organizer;

import static ru.fieldcrm.shared.SqlValues.date;
import static ru.fieldcrm.shared.SqlValues.number;
import static ru.fieldcrm.shared.SqlValues.numberOrNull;
import static ru.fieldcrm.shared.SqlValues.time;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ru.fieldcrm.assessments.AssessmentDetails;
import ru.fieldcrm.assessments.AssessmentForm;
import ru.fieldcrm.assessments.AssessmentService;
import ru.fieldcrm.orders.DiscountEntry;
import ru.fieldcrm.orders.OrderDetails;
import ru.fieldcrm.orders.OrderForm;
import ru.fieldcrm.orders.OrderService;
import ru.fieldcrm.users.Role;

/**
 * The visits of a period in one query per kind (the orders' and the assessments' visit indexes);
 * a move is an update of the order or the assessment with only its time and manager changed.
 */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
public class ScheduleServiceBean implements ScheduleService {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @EJB
    OrderService orders;

    @EJB
    AssessmentService assessments;

    @Override
    public List<Visit> visits(VisitQuery query) {
        List<Visit> visits = new ArrayList<>();
        if (query.includes(VisitKind.ORDER)) {
            visits.addAll(select(VisitKind.ORDER, "crm_order", "CANCELLED", query));
        }
        if (query.includes(VisitKind.ASSESSMENT)) {
            visits.addAll(select(VisitKind.ASSESSMENT, "site_assessment", "CANCELLED", query));
        }
        visits.sort(Comparator.comparing(Visit::start).thenComparing(Visit::kind).thenComparing(Visit::number));
        return visits;
    }

    private List<Visit> select(VisitKind kind, String table, String cancelled, VisitQuery query) {
        StringBuilder sql = new StringBuilder("select v.id, v.number, v.version, v.status, c.name, v.address,"
                + " v.manager_id, u.full_name, v.visit_date, v.window_start, v.window_end from ").append(table)
                .append(" v join client c on c.id = v.client_id left join crm_user u on u.id = v.manager_id")
                .append(" where v.visit_date >= ?1 and v.visit_date <= ?2 and v.status <> ?3");
        List<Object> parameters = new ArrayList<>(List.of(query.from(), query.to(), cancelled));
        if (!query.managerIds().isEmpty()) {
            sql.append(" and v.manager_id in (");
            String separator = "";
            for (Long managerId : query.managerIds()) {
                parameters.add(managerId);
                sql.append(separator).append('?').append(parameters.size());
                separator = ", ";
            }
            sql.append(')');
        }
        Query select = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
        }
        List<Visit> visits = new ArrayList<>();
        for (Object result : select.getResultList()) {
            Object[] row = (Object[]) result;
            LocalDate day = date(row[8]);
            visits.add(new Visit(kind, number(row[0]), number(row[1]), number(row[2]), (String) row[3], (String) row[4],
                    (String) row[5], numberOrNull(row[6]), (String) row[7],
                    day.atTime(time(row[9])), day.atTime(time(row[10]))));
        }
        return visits;
    }

    @Override
    public Visit move(VisitMove move) {
        LocalDate day = move.start().toLocalDate();
        LocalTime start = move.start().toLocalTime();
        LocalTime end = move.end().toLocalTime();
        if (move.kind() == VisitKind.ORDER) {
            OrderDetails o = orders.get(move.id());
            DiscountEntry discount = o.discountTypeId() == null ? null
                    : new DiscountEntry(o.discountTypeId(), o.discountValue(), o.discountReason());
            OrderDetails moved = orders.update(move.id(), move.version(), new OrderForm(o.clientId(), o.contactPhone(),
                    o.address(), o.entrance(), o.floor(), o.apartment(), o.intercom(), day, start, end, o.description(),
                    o.lines(), o.lines().isEmpty() ? o.amount() : null, discount, move.managerId(), o.comment()));
            return new Visit(VisitKind.ORDER, moved.id(), moved.number(), moved.version(), moved.status().name(),
                    moved.clientName(), moved.address(), moved.managerId(), moved.managerName(),
                    moved.visitDate().atTime(moved.windowStart()), moved.visitDate().atTime(moved.windowEnd()));
        }
        AssessmentDetails a = assessments.get(move.id());
        AssessmentDetails moved = assessments.update(move.id(), move.version(), new AssessmentForm(a.clientId(),
                a.contactPhone(), a.address(), a.entrance(), a.floor(), a.apartment(), a.intercom(), day, start, end,
                a.description(), move.managerId()));
        return new Visit(VisitKind.ASSESSMENT, moved.id(), moved.number(), moved.version(), moved.status().name(),
                moved.clientName(), moved.address(), moved.managerId(), moved.managerName(),
                moved.visitDate().atTime(moved.windowStart()), moved.visitDate().atTime(moved.windowEnd()));
    }
}
