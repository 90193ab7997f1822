package ru.fieldcrm.clients;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
public class ClientServiceBean implements ClientService {

    static final String TARGET = "client";
    static final int MATCH_LIMIT = 10;
    /** SQLState of a unique-index violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    ClientRepository clients;

    @Inject
    Auditor auditor;

    @Inject
    Event<ClientsMerged> merges;

    @Inject
    Event<ClientSaved> saves;

    @Inject
    Staff staff;

    /** A card with nothing filled in: what a new card is compared with to name its fields. */
    private static final ClientDetails EMPTY = new ClientDetails(0, null, List.of(), List.of(), null, null, null, null, 0);

    private final Clock clock = Clock.systemUTC();

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    public PageResult<ClientSummary> find(ClientQuery query) {
        PageResult<Client> page = clients.find(query);
        return new PageResult<>(page.rows().stream().map(ClientAssembler::toSummary).toList(), page.total());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    public ClientDetails get(long id) {
        return ClientAssembler.toDetails(clients.get(id));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    public List<ClientMatch> matchByPhone(String digits) {
        return clients.matchByPhone(digits, MATCH_LIMIT).stream().map(ClientAssembler::toMatch).toList();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public ClientDetails create(NewClientRequest request) {
        Auditor.Actor actor = actor();
        checkNumbersFree(Client.numbersOf(request.phones()), null);
        Client client = Client.from(request, clock.instant());
        clients.add(client);
        flush();
        ClientDetails created = ClientAssembler.toDetails(client);
        auditor.record(actor, "client.created", TARGET, client.getId(),
                "fields=" + String.join(",", changedFields(EMPTY, created)));
        saves.fire(new ClientSaved(client.getId()));
        return created;
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public ClientDetails update(ClientUpdateRequest request) {
        Auditor.Actor actor = actor();
        Client client = clients.get(request.id());
        if (client.getVersion() != request.version()) {
            throw new ConcurrentChangeException("clients.changedConcurrently");
        }
        checkNumbersFree(Client.numbersOf(request.phones()), client);
        ClientDetails before = ClientAssembler.toDetails(client);
        client.rename(request.name());
        client.changeDetails(request.email(), request.comment(), request.source());
        clients.removeAll(client.replacePhones(request.phones()));
        clients.removeAll(client.replaceAddresses(request.addresses()));
        List<String> changed = changedFields(before, ClientAssembler.toDetails(client));
        if (!changed.isEmpty()) {
            clients.markChanged(client);
            flush();
            auditor.record(actor, "client.updated", TARGET, client.getId(), "fields=" + String.join(",", changed));
            saves.fire(new ClientSaved(client.getId()));
        }
        return ClientAssembler.toDetails(client);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public ClientDetails mergeInto(long duplicateId, long keptId) {
        Auditor.Actor actor = actor();
        Client duplicate = clients.get(duplicateId);
        Client kept = clients.get(keptId);
        kept.absorb(duplicate);
        clients.markChanged(kept);
        flush();
        merges.fire(new ClientsMerged(duplicateId, keptId));
        auditor.record(actor, "client.merged", TARGET, duplicateId, "duplicateId=" + duplicateId + " keptId=" + keptId);
        return ClientAssembler.toDetails(kept);
    }

    /** Refuses a number that a client other than {@code self} already has, naming that client. */
    private void checkNumbersFree(List<String> numbers, Client self) {
        for (String number : numbers) {
            clients.ownerOf(number).filter(owner -> owner != self).ifPresent(owner -> {
                throw new InvalidRequestException("clients.phone.taken", "phones", PhoneNumbers.format(number),
                        owner.getName());
            });
        }
    }

    /** The names of the card's parts that differ; never their values, which are personal data. */
    private static List<String> changedFields(ClientDetails before, ClientDetails after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.name(), after.name())) {
            changed.add("name");
        }
        if (!before.phones().equals(after.phones())) {
            changed.add("phones");
        }
        if (!before.addresses().equals(after.addresses())) {
            changed.add("addresses");
        }
        if (!Objects.equals(before.email(), after.email())) {
            changed.add("email");
        }
        if (!Objects.equals(before.comment(), after.comment())) {
            changed.add("comment");
        }
        if (!Objects.equals(before.source(), after.source())) {
            changed.add("source");
        }
        return changed;
    }

    /** The caller for the audit log; a deactivated account is refused even with a live session. */
    private Auditor.Actor actor() {
        StaffMember me = staff.current();
        return new Auditor.Actor(me.id(), me.login());
    }

    /**
     * Writes now, so that the caller hears of a concurrent change of the card, or of a number
     * another transaction has just given to another client (the unique index refuses it).
     */
    private void flush() {
        try {
            clients.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("clients.changedConcurrently");
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new InvalidRequestException("clients.phone.takenConcurrently", "phones");
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
