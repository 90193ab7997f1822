package ru.fieldcrm.orders;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.fieldcrm.shared.PageRequest;

/** A client's latest orders, for the client's card. */
@Named
@RequestScoped
public class ClientOrders {

    static final int SHOWN = 20;

    @EJB
    OrderService orders;

    private final Map<Long, List<OrderSummary>> loaded = new HashMap<>();

    public List<OrderSummary> of(Long clientId) {
        if (clientId == null) {
            return List.of();
        }
        return loaded.computeIfAbsent(clientId, id -> orders.find(new OrderQuery(null, null, Set.of(), null, id, null,
                new PageRequest(0, SHOWN, "visit", false))).rows());
    }
}
