package ru.fieldcrm.pricelist;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.SearchText;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/** The price list: read by all staff (active items), kept by the administrator, every change audited. */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed(Role.Names.ADMIN)
public class PriceListServiceBean implements PriceListService {

    private static final String TARGET = "serviceItem";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Staff staff;

    @Inject
    Auditor auditor;

    @Inject
    ServiceItemUsage usage;

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    public List<ServiceItemDetails> find(String text, Boolean active) {
        boolean admin = context.isCallerInRole(Role.Names.ADMIN);
        if (!admin && Boolean.FALSE.equals(active)) {
            return List.of();
        }
        Boolean wanted = admin ? active : Boolean.TRUE;
        boolean search = text != null && !text.isBlank();
        List<String> conditions = new ArrayList<>();
        if (wanted != null) {
            conditions.add("s.active = :active");
        }
        if (search) {
            conditions.add("(s.nameKey like :text or lower(s.category) like :text)");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<ServiceItem> query = em.createQuery("select s from ServiceItem s" + where + " order by s.nameKey",
                ServiceItem.class);
        if (wanted != null) {
            query.setParameter("active", wanted);
        }
        if (search) {
            query.setParameter("text", SearchText.containing(text));
        }
        return query.getResultStream().map(ServiceItem::toDetails).toList();
    }

    @Override
    public ServiceItemDetails create(ServiceItemForm form) {
        checkNameFree(form.name(), null);
        ServiceItem item = new ServiceItem(form);
        em.persist(item);
        flush();
        audit("pricelist.created", item);
        return item.toDetails();
    }

    @Override
    public ServiceItemDetails update(long id, long version, ServiceItemForm form) {
        ServiceItem item = load(id, version);
        checkNameFree(form.name(), id);
        item.change(form);
        flush();
        audit("pricelist.updated", item);
        return item.toDetails();
    }

    @Override
    public ItemRemoval remove(long id, long version) {
        ServiceItem item = load(id, version);
        if (usage.isUsed(id)) {
            item.deactivate();
            flush();
            audit("pricelist.deactivated", item);
            return ItemRemoval.DEACTIVATED;
        }
        audit("pricelist.deleted", item);
        em.remove(item);
        flush();
        return ItemRemoval.DELETED;
    }

    private ServiceItem load(long id, long version) {
        ServiceItem item = em.find(ServiceItem.class, id);
        if (item == null) {
            throw new NotFoundException("pricelist.item.notFound");
        }
        if (item.getVersion() != version) {
            throw new ConcurrentChangeException("pricelist.item.changedConcurrently");
        }
        return item;
    }

    private void checkNameFree(String name, Long exceptId) {
        boolean taken = em.createQuery("select s.id from ServiceItem s where s.nameKey = :key", Long.class)
                .setParameter("key", ServiceItem.keyOf(name))
                .getResultStream()
                .anyMatch(other -> !other.equals(exceptId));
        if (taken) {
            throw new InvalidRequestException("pricelist.name.taken", "name", name.strip());
        }
    }

    private void audit(String action, ServiceItem item) {
        StaffMember me = staff.current();
        auditor.record(new Auditor.Actor(me.id(), me.login()), action, TARGET, item.getId(), "name=" + item.getName());
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("pricelist.item.changedConcurrently");
        }
    }
}
