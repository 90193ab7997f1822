package ru.fieldcrm.discounts;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DiscountServiceBean implements DiscountService {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Staff staff;

    @Inject
    Auditor auditor;

    @Override
    @PermitAll
    public List<DiscountTypeDetails> list(boolean activeOnly) {
        return em.createQuery("select d from DiscountType d" + (activeOnly ? " where d.active = true" : "")
                + " order by d.nameKey", DiscountType.class).getResultStream().map(DiscountType::toDetails).toList();
    }

    @Override
    public DiscountTypeDetails create(DiscountTypeForm form) {
        checkNameFree(form.name(), null);
        DiscountType type = new DiscountType(form);
        em.persist(type);
        flush();
        audit("discount.created", type);
        return type.toDetails();
    }

    @Override
    public DiscountTypeDetails update(long id, long version, DiscountTypeForm form) {
        DiscountType type = em.find(DiscountType.class, id);
        if (type == null) {
            throw new NotFoundException("discounts.notFound", id);
        }
        if (type.getVersion() != version) {
            throw new ConcurrentChangeException("discounts.changedConcurrently");
        }
        checkNameFree(form.name(), id);
        type.change(form);
        flush();
        audit("discount.updated", type);
        return type.toDetails();
    }

    private void checkNameFree(String name, Long exceptId) {
        boolean taken = em.createQuery("select d.id from DiscountType d where d.nameKey = :key", Long.class)
                .setParameter("key", DiscountType.keyOf(name))
                .getResultStream()
                .anyMatch(other -> !other.equals(exceptId));
        if (taken) {
            throw new InvalidRequestException("discounts.name.taken", "name", name.strip());
        }
    }

    private void audit(String action, DiscountType type) {
        StaffMember me = staff.current();
        auditor.record(new Auditor.Actor(me.id(), me.login()), action, "discount", type.getId(), null);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("discounts.changedConcurrently");
        }
    }
}
