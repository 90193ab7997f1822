package ru.fieldcrm.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.fieldcrm.pricelist.ServiceItemUsage;

/** Tells the price list whether an order's line names an item (any order, cancelled ones too). */
@ApplicationScoped
public class OrderLinesUseServiceItems implements ServiceItemUsage {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public boolean isUsed(long serviceItemId) {
        return !em.createQuery("select l.id from OrderLine l where l.serviceItemId = :item", Long.class)
                .setParameter("item", serviceItemId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
