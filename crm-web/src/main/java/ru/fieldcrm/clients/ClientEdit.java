package ru.fieldcrm.clients;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.geo.GeoPlacement;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.shared.Texts;

/**
 * The client card: {@code edit.xhtml} for a new client, {@code edit.xhtml?id=N} for a card.
 * Operators and administrators edit it (numbers and addresses as rows that can be added and
 * removed), everyone else reads it; an administrator merges a duplicate into another card. Every
 * action is one service call.
 */
@Named
@ViewScoped
public class ClientEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "clientForm";
    static final String MERGE_FORM = "mergeForm";
    static final int CANDIDATES = 10;

    @EJB
    ClientService clients;

    private Long id;
    private ClientDetails loaded;
    private boolean editable;
    private boolean mayMerge;
    private String name;
    private final List<PhoneRow> phones = new ArrayList<>();
    private final List<AddressRow> addresses = new ArrayList<>();
    private String email;
    private String comment;
    /** The number a new card starts with (view parameter). */
    private String phone;
    private String source;
    private ClientSummary mergeTarget;
    private final Map<Long, ClientSummary> candidates = new HashMap<>();

    /** viewAction: loads the card named by the id parameter, or prepares a new one for those who may. */
    public void load() throws IOException {
        editable = ClientRights.mayEdit();
        mayMerge = ClientRights.mayMerge();
        if (id == null) {
            if (!editable) {
                sendError(403);
                return;
            }
            // A new client from an incoming call's card comes with the caller's number.
            phones.add(new PhoneRow(phone == null ? null : PhoneNumbers.format(phone), null));
            return;
        }
        try {
            show(clients.get(id));
        } catch (NotFoundException e) {
            sendError(404);
        }
    }

    private static void sendError(int status) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void show(ClientDetails client) {
        loaded = client;
        name = client.name();
        phones.clear();
        client.phones().forEach(phone -> phones.add(new PhoneRow(PhoneNumbers.format(phone.phone()), phone.note())));
        addresses.clear();
        client.addresses().forEach(address -> addresses.add(new AddressRow(address)));
        email = client.email();
        comment = client.comment();
        source = client.source();
    }

    public String save() {
        // Rows left empty are not sent, so the rows on the page are the lists of the request and
        // a refusal for phones[i] stands next to row i.
        phones.removeIf(PhoneRow::isBlank);
        addresses.removeIf(AddressRow::isBlank);
        List<PhoneEntry> phoneEntries = phones.stream().map(PhoneRow::toEntry).toList();
        List<AddressEntry> addressEntries = addresses.stream().map(AddressRow::toEntry).toList();
        try {
            if (loaded == null) {
                ClientDetails created = clients.create(
                        new NewClientRequest(name, phoneEntries, addressEntries, email, comment, source));
                Refusals.info("clients.created", created.name());
                return "/clients/edit?faces-redirect=true&id=" + created.id();
            }
            show(clients.update(new ClientUpdateRequest(loaded.id(), loaded.version(), name, phoneEntries,
                    addressEntries, email, comment, source)));
            Refusals.info("clients.saved", loaded.name());
            return null;
        } catch (RuntimeException e) {
            return Refusals.show(e, FORM);
        } finally {
            if (phones.isEmpty()) {
                phones.add(new PhoneRow());
            }
        }
    }

    public void addPhone() {
        if (phones.size() < NewClientRequest.MAX_PHONES) {
            phones.add(new PhoneRow());
        }
    }

    public void removePhone(int index) {
        if (index >= 0 && index < phones.size()) {
            phones.remove(index);
        }
        if (phones.isEmpty()) {
            phones.add(new PhoneRow());
        }
    }

    public void addAddress() {
        if (addresses.size() < NewClientRequest.MAX_ADDRESSES) {
            addresses.add(new AddressRow());
        }
    }

    public void removeAddress(int index) {
        if (index >= 0 && index < addresses.size()) {
            addresses.remove(index);
        }
    }

    /** The live clients matching what the administrator typed, except this one: where a duplicate can go. */
    public List<ClientSummary> completeMergeTarget(String text) {
        List<ClientSummary> found = clients.find(new ClientQuery(text, PageRequest.firstPage(CANDIDATES + 1))).rows()
                .stream()
                .filter(candidate -> candidate.id() != loaded.id())
                .limit(CANDIDATES)
                .toList();
        found.forEach(candidate -> candidates.put(candidate.id(), candidate));
        return found;
    }

    public String merge() {
        if (mergeTarget == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(MERGE_FORM + ":keptId", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.ui(faces.getViewRoot().getLocale(), "clients.merge.chooseKept"), null));
            faces.validationFailed();
            return null;
        }
        try {
            ClientDetails kept = clients.mergeInto(loaded.id(), mergeTarget.id());
            Refusals.info("clients.merged", loaded.name(), kept.name());
            return "/clients/edit?faces-redirect=true&id=" + kept.id();
        } catch (RuntimeException e) {
            return Refusals.show(e, MERGE_FORM);
        }
    }

    /** What the administrator confirms before the merge, with both names. */
    public String getMergeConfirmation() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return mergeTarget == null || loaded == null ? ""
                : Texts.ui(faces.getViewRoot().getLocale(), "clients.merge.confirm", loaded.name(), mergeTarget.name());
    }

    /** Turns the chosen candidate of the merge search into its id in the page and back. */
    public Converter<ClientSummary> getCandidateConverter() {
        return new CandidateConverter(candidates);
    }

    public boolean isNew() {
        return loaded == null;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isMayMerge() {
        return mayMerge && loaded != null;
    }

    public boolean isMayAddPhone() {
        return phones.size() < NewClientRequest.MAX_PHONES;
    }

    public boolean isMayAddAddress() {
        return addresses.size() < NewClientRequest.MAX_ADDRESSES;
    }

    public ClientDetails getLoaded() {
        return loaded;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<PhoneRow> getPhones() {
        return phones;
    }

    public List<AddressRow> getAddresses() {
        return addresses;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public ClientSummary getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(ClientSummary mergeTarget) {
        this.mergeTarget = mergeTarget;
    }

    /** One phone number as the form edits it. */
    public static class PhoneRow implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private String phone;
        private String note;

        public PhoneRow() {
        }

        PhoneRow(String phone, String note) {
            this.phone = phone;
            this.note = note;
        }

        boolean isBlank() {
            return blank(phone) && blank(note);
        }

        PhoneEntry toEntry() {
            return new PhoneEntry(phone, note);
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** One address as the form edits it; {@code id} ties it to the stored address it changes. */
    public static class AddressRow implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private Long id;
        private String address;
        private String entrance;
        private String floor;
        private String apartment;
        private String intercom;
        private String note;
        /** Where the stored address is on the map (read only: a point is placed through the geo feature). */
        private GeoPlacement geo;

        public AddressRow() {
        }

        AddressRow(AddressEntry entry) {
            id = entry.id();
            address = entry.address();
            entrance = entry.entrance();
            floor = entry.floor();
            apartment = entry.apartment();
            intercom = entry.intercom();
            note = entry.note();
            geo = entry.geo();
        }

        /** A row nobody filled in; a stored address emptied by the user is still sent (and refused). */
        boolean isBlank() {
            return id == null && blank(address) && blank(entrance) && blank(floor) && blank(apartment)
                    && blank(intercom) && blank(note);
        }

        AddressEntry toEntry() {
            return new AddressEntry(id, address, entrance, floor, apartment, intercom, note, null);
        }

        public Long getId() {
            return id;
        }

        public GeoPlacement getGeo() {
            return geo;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getEntrance() {
            return entrance;
        }

        public void setEntrance(String entrance) {
            this.entrance = entrance;
        }

        public String getFloor() {
            return floor;
        }

        public void setFloor(String floor) {
            this.floor = floor;
        }

        public String getApartment() {
            return apartment;
        }

        public void setApartment(String apartment) {
            this.apartment = apartment;
        }

        public String getIntercom() {
            return intercom;
        }

        public void setIntercom(String intercom) {
            this.intercom = intercom;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The candidates of the last merge search by id; the page holds the id of the chosen one. */
    private record CandidateConverter(Map<Long, ClientSummary> candidates) implements Converter<ClientSummary>, Serializable {

        @Override
        public ClientSummary getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return candidates.get(Long.valueOf(value));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, ClientSummary value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    }
}
