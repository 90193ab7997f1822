package ru.fieldcrm.clients;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.PhoneNumbers;

/**
 * A client card: the person or company the crews visit, with their phone numbers and addresses.
 * The rules of the card live here: numbers are kept in E.164 and none is given twice, the search
 * key follows the name and e-mail, an edit keeps the rows of the numbers and addresses that stay,
 * and a duplicate is merged by {@link #absorb(Client) absorbing} it.
 *
 * <p>Phones and addresses are owned by the card but are not deleted by removing them from its
 * lists: a number moves between cards when a duplicate is merged, so the rows that leave the card
 * are returned to the caller, which deletes them.
 */
@Entity
@Table(name = "client")
@SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
public class Client {

    static final int SEARCH_KEY_LENGTH = 460;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    private Long id;

    @Column(nullable = false, length = NewClientRequest.MAX_NAME)
    private String name;

    /** Name and e-mail in lower case, for a case-insensitive search that works alike on PostgreSQL and H2. */
    @Column(name = "search_key", nullable = false, length = SEARCH_KEY_LENGTH)
    private String searchKey;

    @Column(length = 254)
    private String email;

    @Column(length = NewClientRequest.MAX_COMMENT)
    private String comment;

    @Column(length = NewClientRequest.MAX_SOURCE)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The client this duplicate was merged into; a merged card is kept for history only. */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Version
    private long version;

    @OneToMany(mappedBy = "client", cascade = CascadeType.PERSIST)
    @OrderBy("position ASC")
    private List<ClientPhone> phones = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.PERSIST)
    @OrderBy("position ASC")
    private List<ClientAddress> addresses = new ArrayList<>();

    protected Client() {
    }

    /** A new card with everything the request gives: name, details, numbers and addresses. */
    public static Client from(NewClientRequest request, Instant createdAt) {
        Client client = new Client(request.name(), createdAt);
        client.changeDetails(request.email(), request.comment(), request.source());
        client.replacePhones(request.phones());
        client.replaceAddresses(request.addresses());
        return client;
    }

    public Client(String name, Instant createdAt) {
        rename(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * The numbers of the entries in E.164, in their order. Refuses a number that is not one (at
     * the entry's field) and a number given twice, in whatever form.
     */
    public static List<String> numbersOf(List<PhoneEntry> entries) {
        Set<String> numbers = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            String number = PhoneNumbers.normalize(entries.get(i).phone()).orElseThrow(
                    () -> new InvalidRequestException("shared.phone.invalid", "phones[" + index + "].phone"));
            if (!numbers.add(number)) {
                throw new InvalidRequestException("clients.phone.repeated", "phones", PhoneNumbers.format(number));
            }
        }
        return List.copyOf(numbers);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName).strip();
        updateSearchKey();
    }

    /** E-mail, comment and source; blank ones become empty (null). */
    public void changeDetails(String newEmail, String newComment, String newSource) {
        this.email = text(newEmail);
        this.comment = text(newComment);
        this.source = text(newSource);
        updateSearchKey();
    }

    /**
     * Makes the entries the card's phone numbers, in their order. A number the card already has
     * keeps its row (and takes the entry's note); new numbers get new rows.
     *
     * @return the rows of the numbers the card no longer has, for the caller to delete
     */
    public List<ClientPhone> replacePhones(List<PhoneEntry> entries) {
        List<String> numbers = numbersOf(entries);
        Map<String, ClientPhone> current = new HashMap<>();
        phones.forEach(phone -> current.put(phone.getPhone(), phone));
        List<ClientPhone> next = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String note = text(entries.get(i).note());
            ClientPhone phone = current.remove(numbers.get(i));
            if (phone == null) {
                phone = new ClientPhone(this, numbers.get(i), note, i);
            } else {
                phone.place(this, note, i);
            }
            next.add(phone);
        }
        phones.clear();
        phones.addAll(next);
        return List.copyOf(current.values());
    }

    /**
     * Makes the entries the card's addresses, in their order. An entry with an id changes that
     * address of this card in place (it keeps its id); an entry without one is a new address. An
     * id of another card's address, or the same id twice, is refused.
     *
     * @return the addresses the card no longer has, for the caller to delete
     */
    public List<ClientAddress> replaceAddresses(List<AddressEntry> entries) {
        Map<Long, ClientAddress> current = new HashMap<>();
        addresses.forEach(address -> current.put(address.getId(), address));
        Set<Long> seen = new HashSet<>();
        List<ClientAddress> next = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AddressEntry entry = entries.get(i);
            ClientAddress address;
            if (entry.id() == null) {
                address = new ClientAddress(this, i);
            } else {
                address = current.get(entry.id());
                if (address == null || !seen.add(entry.id())) {
                    throw new InvalidRequestException("clients.address.unknown", "addresses[" + i + "].address");
                }
                address.placeAt(i);
            }
            address.describe(entry.address(), entry.entrance(), entry.floor(), entry.apartment(), entry.intercom(),
                    entry.note());
            next.add(address);
        }
        List<ClientAddress> removed = new ArrayList<>(addresses);
        removed.removeAll(next);
        addresses.clear();
        addresses.addAll(next);
        return removed;
    }

    /**
     * Merges a duplicate card into this one: its numbers and addresses move here (after this
     * card's own, keeping their rows and ids), this card takes the e-mail and source it lacks and
     * the duplicate's comment below its own (while the whole fits), and the duplicate is marked as
     * merged into this card. Both cards must be live and different, and the merged card must stay
     * within the limits of a card.
     */
    public void absorb(Client duplicate) {
        if (duplicate == this || id != null && id.equals(duplicate.id)) {
            throw new InvalidRequestException("clients.merge.self", "keptId");
        }
        if (isMerged() || duplicate.isMerged()) {
            throw new IllegalStateException("A merged client takes part in no other merge");
        }
        if (phones.size() + duplicate.phones.size() > NewClientRequest.MAX_PHONES) {
            throw new InvalidRequestException("clients.merge.tooManyPhones", "keptId");
        }
        if (addresses.size() + duplicate.addresses.size() > NewClientRequest.MAX_ADDRESSES) {
            throw new InvalidRequestException("clients.merge.tooManyAddresses", "keptId");
        }
        for (ClientPhone phone : duplicate.phones) {
            phone.moveTo(this, phones.size());
            phones.add(phone);
        }
        duplicate.phones.clear();
        for (ClientAddress address : duplicate.addresses) {
            address.moveTo(this, addresses.size());
            addresses.add(address);
        }
        duplicate.addresses.clear();
        if (email == null) {
            email = duplicate.email;
        }
        if (source == null) {
            source = duplicate.source;
        }
        if (duplicate.comment != null && !duplicate.comment.equals(comment)) {
            String both = comment == null ? duplicate.comment : comment + "\n" + duplicate.comment;
            if (both.length() <= NewClientRequest.MAX_COMMENT) {
                comment = both;
            }
        }
        duplicate.mergedIntoId = Objects.requireNonNull(id, "the kept client is saved");
        updateSearchKey();
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    /** Whether the number (E.164) is one of this card's. */
    public boolean hasNumber(String e164) {
        return phones.stream().anyMatch(phone -> phone.getPhone().equals(e164));
    }

    private void updateSearchKey() {
        String key = (name + " " + (email == null ? "" : email)).strip().toLowerCase(Locale.ROOT);
        searchKey = key.length() <= SEARCH_KEY_LENGTH ? key : key.substring(0, SEARCH_KEY_LENGTH);
    }

    /** Text as stored: stripped, and null when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public String getEmail() {
        return email;
    }

    public String getComment() {
        return comment;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public long getVersion() {
        return version;
    }

    public List<ClientPhone> getPhones() {
        return Collections.unmodifiableList(phones);
    }

    public List<ClientAddress> getAddresses() {
        return Collections.unmodifiableList(addresses);
    }
}
