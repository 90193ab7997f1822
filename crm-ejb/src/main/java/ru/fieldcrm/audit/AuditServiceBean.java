package ru.fieldcrm.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.SearchText;
import ru.fieldcrm.users.Role;

@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditServiceBean implements AuditService {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public PageResult<AuditEntrySummary> find(AuditQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.from() != null) {
            where.append(" and a.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and a.occurredAt < :to");
            parameters.put("to", query.to());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" and lower(a.actorLogin) like :actor");
            parameters.put("actor", SearchText.containing(query.actor()));
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" and a.action = :action");
            parameters.put("action", query.action().strip());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (lower(a.details) like :text or lower(a.targetId) like :text"
                    + " or lower(a.targetType) like :text)");
            parameters.put("text", SearchText.containing(query.text()));
        }
        TypedQuery<AuditEntry> rows = em.createQuery(
                "select a from AuditEntry a" + where + " order by a.occurredAt desc, a.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEntrySummary> page = rows.setFirstResult(query.page().first())
                .setMaxResults(query.page().size())
                .getResultList()
                .stream()
                .map(AuditEntry::toSummary)
                .toList();
        return new PageResult<>(page, count.getSingleResult());
    }

    @Override
    public List<String> actions() {
        return em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class)
                .getResultList();
    }
}
