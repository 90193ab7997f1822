package ru.fieldcrm.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import ru.fieldcrm.shared.PageResult;

/**
 * The client cards. Everybody on the staff reads them; operators and administrators create and
 * change them; only an administrator merges a duplicate into another client. A phone number
 * belongs to one client: a number another client already has is refused. Merged duplicates stay
 * in the database for history but are no longer found, listed or matched. Every change is
 * audited (ids and field names, never numbers or names).
 *
 * <p>Failures: {@link ru.fieldcrm.shared.InvalidRequestException} for a rule broken by the request
 * (a number taken by another client or given twice, an address id of another client, a merge
 * with itself or over the limits), {@link ru.fieldcrm.shared.NotFoundException} for an unknown or
 * merged id, {@link ru.fieldcrm.shared.ConcurrentChangeException} when the card changed since it
 * was loaded, {@code ConstraintViolationException} for invalid input and
 * {@code EJBAccessException} for a caller without the role.
 */
public interface ClientService {

    /** A page of clients matching the query. Any signed-in user. */
    PageResult<ClientSummary> find(@NotNull @Valid ClientQuery query);

    /** One client card; a merged duplicate is not found. Any signed-in user. */
    ClientDetails get(long id);

    /**
     * The clients with a phone number containing the digits typed so far (anything but digits is
     * ignored; a leading 8 is read as +7), for the order form: nothing below three digits, at most
     * ten clients, by name. Any signed-in user.
     */
    List<ClientMatch> matchByPhone(@Size(max = 40, message = "{shared.search.tooLong}") String digits);

    /** Creates a client card. Administrator, operator. */
    ClientDetails create(@NotNull @Valid NewClientRequest request);

    /**
     * Replaces the card's data with the request's: name, the whole list of phones and of
     * addresses (matched by id), e-mail, comment and source. Administrator, operator.
     */
    ClientDetails update(@NotNull @Valid ClientUpdateRequest request);

    /**
     * Merges a duplicate into the client that is kept: the duplicate's phones and addresses move to
     * the kept client, the kept client takes the e-mail and source it lacks and the duplicate's
     * comment; the duplicate disappears from lists and search. Fires {@link ClientsMerged} in the
     * same transaction. Returns the kept client. Administrator.
     */
    ClientDetails mergeInto(long duplicateId, long keptId);
}
