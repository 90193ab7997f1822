package ru.fieldcrm.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ru.fieldcrm.clients.ClientsMerged;
import ru.fieldcrm.users.Staff;

/**
 * When an administrator merges a duplicate client into another, the duplicate's orders move to the
 * client that stays, in the merge's transaction, each with the change in its history.
 */
@ApplicationScoped
public class OrdersFollowMergedClients {

    @Inject
    OrderRepository orders;

    @Inject
    Staff staff;

    private final Clock clock = Clock.systemUTC();

    void follow(@Observes ClientsMerged merged) {
        OrderActor actor = OrderActor.of(staff.current());
        Instant now = clock.instant();
        for (Order order : orders.ofClient(merged.duplicateId())) {
            orders.record(order, actor, List.of(order.moveToClient(merged.keptId())), now);
        }
    }
}
