package ru.fieldcrm.sales;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.fieldcrm.users.StaffMember;

/** Deals as views: the clients' and salespeople's names read in one query each for the whole list. */
final class DealViews {

    private final EntityManager em;

    DealViews(EntityManager em) {
        this.em = em;
    }

    List<DealView> of(List<Deal> deals, StaffMember me, java.time.Instant now) {
        Map<Long, String> clients = names("select c.id, c.name from Client c where c.id in :ids",
                deals.stream().map(Deal::getClientId).filter(Objects::nonNull).distinct().toList());
        Map<Long, String> people = names("select u.id, u.fullName from User u where u.id in :ids",
                deals.stream().map(Deal::getResponsibleId).distinct().toList());
        Map<Long, int[]> tasks = openTasks(deals.stream().map(Deal::getId).toList(), now);
        return deals.stream().map(d -> view(d, clients, people, tasks.getOrDefault(d.getId(), new int[2]), me)).toList();
    }

    /** Per deal: its open tasks and how many of them are overdue, in one grouped query. */
    private Map<Long, int[]> openTasks(List<Long> ids, java.time.Instant now) {
        Map<Long, int[]> tasks = new HashMap<>();
        if (ids.isEmpty()) {
            return tasks;
        }
        for (Object[] row : em.createQuery("select a.dealId, count(a), sum(case when a.happensAt < :now then 1 else 0 end)"
                        + " from DealActivity a where a.dealId in :ids and a.kind = :task and a.doneAt is null group by a.dealId",
                        Object[].class)
                .setParameter("ids", ids).setParameter("now", now).setParameter("task", ActivityKind.TASK).getResultList()) {
            tasks.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
        }
        return tasks;
    }

    private Map<Long, String> names(String query, List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery(query, Object[].class).setParameter("ids", ids).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    private static DealView view(Deal d, Map<Long, String> clients, Map<Long, String> people, int[] tasks, StaffMember me) {
        LostReason reason = d.getLostReason();
        return new DealView(d.getId(), d.getTitle(), d.getClientId(), d.getClientId() == null ? null : clients.get(d.getClientId()),
                d.getContactName(), d.getContactPhone(), d.getAmount(), d.getResponsibleId(), people.get(d.getResponsibleId()),
                d.getPipeline().getId(), d.getStage().getId(), d.getStage().getName(), d.getStage().getOutcome(),
                d.getStageSince(), d.getSource(), d.getExpectedClose(), d.getNotes(), reason == null ? null : reason.getId(),
                reason == null ? null : reason.getName(), d.getLostComment(), d.getCreatedAt(), d.getClosedAt(),
                d.getVersion(), SalesRights.mayEdit(me, d.getResponsibleId()), tasks[0], tasks[1] > 0);
    }
}
