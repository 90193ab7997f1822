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
 * its extension, the client of its number and that client's nearest open order, by what the event
 * brought that the call still lacked ({@link PhoneCall.Found#unlinked}). Runs on a managed
 * executor ({@link CallFollowUps}), never while the PBX waits.
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

    /**
     * Links the call to what is found by what it lacked when its event was stored, and answers the
     * user found by the extension (to ring). Only the links still empty are set.
     */
    public Optional<Long> match(PhoneCall.Unlinked unlinked) {
        Long userId = unlinked.extension() == null ? null
                : staff.withExtension(unlinked.extension()).map(StaffMember::id).orElse(null);
        Long clientId = unlinked.clientPhone() == null ? null
                : clients.byPhone(unlinked.clientPhone()).map(ClientLookup.ClientRef::id).orElse(null);
        Long orderId = null;
        if (clientId != null) {
            LocalDate day = LocalDate.ofInstant(unlinked.startedAt(), configuration.companyZone());
            orderId = orders.nearest(clientId, day).map(OpenOrders.OpenOrder::id).orElse(null);
        }
        PhoneCall.Change linking = PhoneCall.linking(userId, clientId, orderId, clock.instant());
        if (linking != null) {
            // Sets only the columns still empty, whatever the call's next event does to the row meanwhile.
            linking.run(em, unlinked.callId());
        }
        Long order = orderId;
        LOG.fine(() -> "Call " + unlinked.callId() + " from/to " + CallNumbers.mask(unlinked.clientPhone()) + ": user "
                + userId + ", client " + clientId + ", order " + order);
        return Optional.ofNullable(userId);
    }

    /** The active user whose extension this is, to ring with an incoming call's card. */
    public Optional<Long> userOf(String extension) {
        return staff.withExtension(extension).map(StaffMember::id);
    }
}
