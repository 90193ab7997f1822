package ru.fieldcrm.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The client a number belongs to, for features that hear of a number without a user asking (a
 * call from the PBX): no role is checked here, the caller decides what to show.
 */
@ApplicationScoped
public class ClientLookup {

    /** A client found by number: enough to link it and name it. */
    public record ClientRef(long id, String name) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ClientRepository clients;

    /**
     * The live client whose card has this number: exactly (E.164, a number belongs to one card),
     * else the one client whose number ends with its digits (a PBX that sends a national number).
     */
    public Optional<ClientRef> byPhone(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        List<Client> exact = em.createQuery("select c from Client c join c.phones p where p.phone = :phone"
                + " and c.mergedIntoId is null", Client.class).setParameter("phone", number.strip()).getResultList();
        if (!exact.isEmpty()) {
            return Optional.of(new ClientRef(exact.get(0).getId(), exact.get(0).getName()));
        }
        String digits = number.replaceAll("\\D", "");
        if (digits.length() < 7) {
            return Optional.empty();
        }
        List<Client> bySuffix = clients.matchByPhone(digits.substring(Math.max(0, digits.length() - 10)), 2);
        return bySuffix.size() == 1 ? Optional.of(new ClientRef(bySuffix.get(0).getId(), bySuffix.get(0).getName()))
                : Optional.empty();
    }
}
