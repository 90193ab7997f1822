package ru.fieldcrm.clients;

import jakarta.persistence.Embedded;
import ru.fieldcrm.geo.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.stream.Collectors;

/**
 * One address of a client with what a crew needs at the door. Keeps its id while it is edited, so
 * that what refers to it (an order form's choice) still finds it. Changed only through its
 * {@link Client}.
 */
@Entity
@Table(name = "client_address")
@SequenceGenerator(name = "client_address_seq", sequenceName = "client_address_seq", allocationSize = 50)
public class ClientAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_address_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Column(nullable = false, length = 500)
    private String address;

    @Embedded
    private GeoPoint geo = new GeoPoint();

    @Column(length = 20)
    private String entrance;

    @Column(length = 20)
    private String floor;

    @Column(length = 20)
    private String apartment;

    @Column(length = 40)
    private String intercom;

    @Column(length = 500)
    private String note;

    @Column(nullable = false)
    private int position;

    protected ClientAddress() {
    }

    ClientAddress(Client client, int position) {
        this.client = client;
        this.position = position;
    }

    /** Takes the entry's text, stripped; blank details become empty (null). */
    void describe(String newAddress, String newEntrance, String newFloor, String newApartment, String newIntercom,
            String newNote) {
        geo.addressChanged(address, newAddress.strip());
        this.address = newAddress.strip();
        this.entrance = Client.text(newEntrance);
        this.floor = Client.text(newFloor);
        this.apartment = Client.text(newApartment);
        this.intercom = Client.text(newIntercom);
        this.note = Client.text(newNote);
    }

    void moveTo(Client owner, int newPosition) {
        this.client = owner;
        this.position = newPosition;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** The address on one line, for lists: its lines joined with commas, runs of spaces made single. */
    public String oneLine() {
        return address.lines()
                .map(line -> line.strip().replaceAll(",+$", "").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining(", "))
                .replaceAll("\\s+", " ");
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public String getAddress() {
        return address;
    }

    public String getEntrance() {
        return entrance;
    }

    public String getFloor() {
        return floor;
    }

    public String getApartment() {
        return apartment;
    }

    public String getIntercom() {
        return intercom;
    }

    public String getNote() {
        return note;
    }

    public int getPosition() {
        return position;
    }

    /** Where the address is on the map and how that was found. */
    public GeoPoint getGeo() {
        return geo;
    }
}
