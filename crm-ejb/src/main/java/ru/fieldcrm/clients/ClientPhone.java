package ru.fieldcrm.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One phone number of a client, in E.164. The number is unique in the whole table: that is what
 * keeps two cards from sharing a number. Changed only through its {@link Client}.
 */
@Entity
@Table(name = "client_phone")
@SequenceGenerator(name = "client_phone_seq", sequenceName = "client_phone_seq", allocationSize = 50)
public class ClientPhone {

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

    protected ClientPhone() {
    }

    ClientPhone(Client client, String e164, String note, int position) {
        this.client = client;
        this.phone = e164;
        this.note = note;
        this.position = position;
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
}
