package ru.fieldcrm.assessments;

import static ru.fieldcrm.shared.SqlValues.date;
import static ru.fieldcrm.shared.SqlValues.number;
import static ru.fieldcrm.shared.SqlValues.numberOrNull;
import static ru.fieldcrm.shared.SqlValues.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.SearchText;
import ru.fieldcrm.users.StaffMember;

/** Queries of assessments: the list joins the client's and the manager's names in SQL, one query a page. */
@ApplicationScoped
public class AssessmentRepository {

    @Inject
    Event<AssessmentChanged> changed;

    private static final Map<String, List<String>> SORTS = Map.of(
            "number", List.of("a.number"),
            "visit", List.of("a.visit_date", "a.visit_start"),
            "status", List.of("a.status"),
            "client", List.of("c.name"));

    private static final String FROM = " from site_assessment a join client c on c.id = a.client_id"
            + " left join crm_user u on u.id = a.manager_id";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public Assessment get(long id) {
        Assessment assessment = em.find(Assessment.class, id);
        if (assessment == null) {
            throw new NotFoundException("assessments.notFound", id);
        }
        return assessment;
    }

    public long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('site_assessment_number_seq')").getSingleResult()).longValue();
    }

    public void add(Assessment assessment) {
        em.persist(assessment);
    }

    public void flush() {
        em.flush();
    }

    /**
     * Writes the changes to the assessment's history and tells the features that follow
     * assessments ({@link AssessmentChanged}, in this transaction).
     */
    public void record(Assessment assessment, StaffMember actor, List<AssessmentFieldChange> changes, Instant at) {
        for (AssessmentFieldChange change : changes) {
            em.persist(new AssessmentChange(assessment.getId(), at, actor, change));
        }
        if (!changes.isEmpty()) {
            // A new one's status change has no old value: it was nothing before.
            AssessmentStatus before = changes.stream().filter(c -> c.field() == AssessmentField.STATUS).findFirst()
                    .map(c -> Optional.ofNullable(c.oldValue()).map(AssessmentStatus::valueOf))
                    .orElse(Optional.of(assessment.getStatus())).orElse(null);
            changed.fire(new AssessmentChanged(assessment.getId(), before, assessment.getStatus(), at));
        }
    }

    public List<AssessmentChangeEntry> history(long assessmentId) {
        return em.createQuery("select c from AssessmentChange c where c.assessmentId = :id order by c.changedAt, c.id",
                AssessmentChange.class).setParameter("id", assessmentId).getResultStream()
                .map(AssessmentChange::toEntry).toList();
    }

    public List<Assessment> ofClient(long clientId) {
        return em.createQuery("select a from Assessment a where a.clientId = :client", Assessment.class)
                .setParameter("client", clientId).getResultList();
    }

    public Optional<Long> idOfOrder(long orderId) {
        return em.createQuery("select a.id from Assessment a where a.orderId = :order", Long.class)
                .setParameter("order", orderId).getResultStream().findFirst();
    }

    /** The client's name, if the client exists and was not merged into another. */
    public Optional<String> clientName(long clientId) {
        List<?> names = em.createNativeQuery("select name from client where id = ?1 and merged_into_id is null")
                .setParameter(1, clientId).getResultList();
        return names.stream().findFirst().map(String::valueOf);
    }

    public Optional<Long> orderNumber(Long orderId) {
        if (orderId == null) {
            return Optional.empty();
        }
        List<?> numbers = em.createNativeQuery("select number from crm_order where id = ?1")
                .setParameter(1, orderId).getResultList();
        return numbers.stream().findFirst().map(n -> ((Number) n).longValue());
    }

    public PageResult<AssessmentSummary> find(AssessmentQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.from() != null) {
            parameters.add(query.from());
            where.append(" and a.visit_date >= ?").append(parameters.size());
        }
        if (query.to() != null) {
            parameters.add(query.to());
            where.append(" and a.visit_date <= ?").append(parameters.size());
        }
        if (!query.statuses().isEmpty()) {
            where.append(" and a.status in (");
            String separator = "";
            for (AssessmentStatus status : query.statuses()) {
                parameters.add(status.name());
                where.append(separator).append('?').append(parameters.size());
                separator = ", ";
            }
            where.append(')');
        }
        if (query.managerId() != null) {
            parameters.add(query.managerId());
            where.append(" and a.manager_id = ?").append(parameters.size());
        }
        if (query.clientId() != null) {
            parameters.add(query.clientId());
            where.append(" and a.client_id = ?").append(parameters.size());
        }
        if (query.text() != null && !query.text().isBlank()) {
            parameters.add(SearchText.containing(query.text()));
            int text = parameters.size();
            where.append(" and (lower(c.name) like ?").append(text).append(" or lower(a.address) like ?").append(text);
            String digits = SearchText.phoneDigits(query.text());
            if (!digits.isEmpty()) {
                parameters.add("%" + digits + "%");
                where.append(" or a.contact_phone like ?").append(parameters.size());
            }
            where.append(')');
        }
        String sortField = query.page().sortField();
        List<String> columns = SORTS.get(sortField == null || sortField.isBlank() ? "visit" : sortField);
        if (columns == null) {
            throw new InvalidRequestException("assessments.sort.unknown", "sortField");
        }
        String direction = query.page().ascending() ? " asc" : " desc";
        StringBuilder order = new StringBuilder(" order by ");
        for (String column : columns) {
            order.append(column).append(direction).append(", ");
        }
        order.append("a.number").append(direction);
        Query rows = em.createNativeQuery("select a.id, a.number, a.status, a.client_id, c.name, a.contact_phone,"
                + " a.address, a.visit_date, a.window_start, a.window_end, a.manager_id, u.full_name,"
                + " a.estimated_amount, a.order_id" + FROM + where + order
                + " limit " + query.page().size() + " offset " + query.page().first());
        Query count = em.createNativeQuery("select count(*)" + FROM + where);
        for (int i = 0; i < parameters.size(); i++) {
            rows.setParameter(i + 1, parameters.get(i));
            count.setParameter(i + 1, parameters.get(i));
        }
        List<AssessmentSummary> page = new ArrayList<>();
        for (Object result : rows.getResultList()) {
            Object[] row = (Object[]) result;
            page.add(new AssessmentSummary(number(row[0]), number(row[1]), AssessmentStatus.valueOf((String) row[2]),
                    number(row[3]), (String) row[4], (String) row[5], (String) row[6], date(row[7]), time(row[8]),
                    time(row[9]), numberOrNull(row[10]), (String) row[11], (BigDecimal) row[12],
                    numberOrNull(row[13])));
        }
        return new PageResult<>(page, number(count.getSingleResult()));
    }
}
