package ru.fieldcrm.clients;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One phone number of a client, in E.164. The number is unique in the whole table: that is what
 * keeps two cards from sharing a number. Changed only through its {@link Client}.
 *
 * <p>A row never changes its number (another number is another row), so its {@linkplain
 * #suffixesOf(String) digit suffixes} are written with it and deleted with it; a merge moves the
 * row to another card and the suffixes follow without being touched.
 */
@Entity
@Table(name = "client_phone")
@SequenceGenerator(name = "client_phone_seq", sequenceName = "client_phone_seq", allocationSize = 50)
public class ClientPhone {

    /** The most digits of an E.164 number. */
    static final int MAX_DIGITS = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_phone_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(length = 100)
    private String note;

    @Column(nullable = false)
    private int position;

    /**
     * The suffixes of the number's digits, for the search by a fragment: a number contains the
     * digits {@code d} when one of its suffixes begins with {@code d}, which a b-tree index answers
     * as a range ({@code ClientRepository}). Written and deleted with the row, never read.
     */
    @ElementCollection
    @CollectionTable(name = "client_phone_suffix", joinColumns = @JoinColumn(name = "phone_id"))
    @Column(name = "suffix", nullable = false, length = MAX_DIGITS)
    private Set<String> suffixes = new LinkedHashSet<>();

    protected ClientPhone() {
    }

    ClientPhone(Client client, String e164, String note, int position) {
        this.client = client;
        this.phone = e164;
        this.note = note;
        this.position = position;
        this.suffixes.addAll(suffixesOf(e164));
    }

    /**
     * The suffixes of the number's digits that are long enough to be searched for, longest first:
     * {@code +79161234567} gives {@code 79161234567}, {@code 9161234567}, … {@code 567}. Every run
     * of {@value ClientRepository#MIN_PHONE_DIGITS} or more digits of the number begins one of them.
     */
    static Set<String> suffixesOf(String e164) {
        String digits = e164.replaceAll("\\D", "");
        Set<String> result = new LinkedHashSet<>();
        for (int start = 0; start + ClientRepository.MIN_PHONE_DIGITS <= digits.length(); start++) {
            result.add(digits.substring(start));
        }
        return result;
    }

    void place(Client owner, String newNote, int newPosition) {
        this.client = owner;
        this.note = newNote;
        this.position = newPosition;
    }

    void moveTo(Client owner, int newPosition) {
        place(owner, note, newPosition);
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    /** E.164, e.g. {@code +79161234567}. */
    public String getPhone() {
        return phone;
    }

    public String getNote() {
        return note;
    }

    public int getPosition() {
        return position;
    }

    /** The digit suffixes stored with the number (see {@link #suffixesOf(String)}). */
    Set<String> getSuffixes() {
        return Collections.unmodifiableSet(suffixes);
    }
}
