package ru.fieldcrm.pricelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.fieldcrm.shared.InvalidRequestException;

/** How other features use the price list: the one way in to its rules. */
@ApplicationScoped
public class PriceListRules {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * The item a new order line names, as it is now: refused at {@code field} when there is no such
     * item or it is no longer active.
     */
    public ServiceItemDetails itemForNewLine(long id, String field) {
        ServiceItem item = em.find(ServiceItem.class, id);
        if (item == null) {
            throw new InvalidRequestException("orders.line.serviceUnknown", field);
        }
        item.checkOffered(field);
        return item.toDetails();
    }
}
