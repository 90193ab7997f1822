package ru.fieldcrm.sales;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;

/**
 * Who sees and changes which deal. The administrator: all. A salesperson: their own deals, and the
 * others' (read only) when the administrator allows it. An operator: deals with a client, read
 * only. A manager: deals of clients who have an order of theirs, read only.
 */
final class SalesRights {

    /** The roles that create deals and may be responsible for one. */
    static final Set<Role> SELLERS = EnumSet.of(Role.ADMIN, Role.SALES);

    /** The most deals one list answers (a board shows far fewer open ones). */
    static final int MAX_LISTED = 5_000;

    private SalesRights() {
    }

    static void requireSeller(StaffMember me) {
        if (!SELLERS.contains(me.role())) {
            throw new ForbiddenException("sales.notAllowed");
        }
    }

    static boolean mayEdit(StaffMember me, long responsibleId) {
        return me.role() == Role.ADMIN || me.role() == Role.SALES && me.id() == responsibleId;
    }

    /** Adds the condition on deal {@code d} that keeps what the caller may see to a JPQL query. */
    static void visibility(StaffMember me, boolean salesSeeAll, List<String> where, Map<String, Object> parameters) {
        switch (me.role()) {
            case ADMIN -> {
                // everything
            }
            case SALES -> {
                if (!salesSeeAll) {
                    where.add("d.responsibleId = :me");
                    parameters.put("me", me.id());
                }
            }
            case OPERATOR -> where.add("d.clientId is not null");
            case MANAGER -> {
                where.add("d.clientId in (select o.clientId from CrmOrder o where o.managerId = :me)");
                parameters.put("me", me.id());
            }
        }
    }
}
