package ru.fieldcrm.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import ru.fieldcrm.clients.ClientLookup;
import ru.fieldcrm.orders.OpenOrders;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/**
 * What follows a stored event, after its transaction: the call is linked to the active user of
 * its extension, the client of its number and that client's nearest open order. Runs on a
 * managed executor, never while the PBX waits.
 */
@Stateless
@PermitAll
public class CallFollowUp {

    private static final Logger LOG = Logger.getLogger(CallFollowUp.class.getName());

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Staff staff;

    @Inject
    ClientLookup clients;

    @Inject
    OpenOrders orders;

    @Inject
    CrmConfiguration configuration;

    private final Clock clock = Clock.systemUTC();

    /** Links what is still unlinked of the call. */
    public void match(long callId) {
        PhoneCall call = em.find(PhoneCall.class, callId);
        if (call == null || call.userId() != null && call.clientId() != null && call.orderId() != null) {
            return;
        }
        Long userId = call.userId() != null ? null
                : staff.withExtension(call.extension()).map(StaffMember::id).orElse(null);
        Long clientId = call.clientId();
        if (clientId == null) {
            clientId = clients.byPhone(call.clientPhone()).map(ClientLookup.ClientRef::id).orElse(null);
        }
        Long orderId = null;
        if (call.orderId() == null && clientId != null) {
            LocalDate today = LocalDate.ofInstant(call.startedAt(), configuration.companyZone());
            orderId = orders.nearest(clientId, today).map(OpenOrders.OpenOrder::id).orElse(null);
        }
        PhoneCall.Change linking = PhoneCall.linking(userId, call.clientId() == null ? clientId : null, orderId,
                clock.instant());
        if (linking != null) {
            // Sets only the columns still empty, whatever the call's next event does to the row meanwhile.
            linking.run(em, callId);
        }
        Long client = clientId;
        Long order = orderId;
        LOG.fine(() -> "Call " + callId + " from/to " + CallNumbers.mask(call.clientPhone()) + ": user "
                + (call.userId() != null ? call.userId() : userId) + ", client " + client + ", order "
                + (call.orderId() != null ? call.orderId() : order));
    }

    /** The active user whose extension this is, to ring with an incoming call's card. */
    public Optional<Long> userOf(String extension) {
        return staff.withExtension(extension).map(StaffMember::id);
    }
}
