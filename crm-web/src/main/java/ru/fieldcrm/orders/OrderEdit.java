package ru.fieldcrm.orders;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.fieldcrm.assessments.AssessmentDetails;
import ru.fieldcrm.assessments.AssessmentService;
import ru.fieldcrm.assessments.AssessmentSummary;
import ru.fieldcrm.clients.AddressEntry;
import ru.fieldcrm.clients.ClientDetails;
import ru.fieldcrm.clients.ClientService;
import ru.fieldcrm.clients.ClientPicker;
import ru.fieldcrm.discounts.DiscountService;
import ru.fieldcrm.discounts.DiscountTypeDetails;
import ru.fieldcrm.pricelist.PriceListService;
import ru.fieldcrm.pricelist.ServiceItemDetails;
import ru.fieldcrm.sales.DealView;
import ru.fieldcrm.sales.SalesService;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/**
 * The order form: the office books and edits orders here; everyone else sees the same page with
 * only their own fields open. Picking the client by phone or name fills in their number and
 * address and shows their past orders. Opened as {@code edit.xhtml} or {@code edit.xhtml?id=N}.
 */
@Named
@ViewScoped
public class OrderEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "orderForm";
    private static final int SERVICE_CHOICES = 15;

    /**
     * One editable line of the form. Picked from the price list, it remembers the item while it
     * keeps the item's name; a line whose name was typed over is a line of its own.
     */
    public static final class Line implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String name;
        private String unit;
        private BigDecimal price;
        private BigDecimal quantity = BigDecimal.ONE;
        private Long serviceItemId;
        private String itemName;
        private transient ServiceItemDetails picked;

        /** Takes the item's name, unit and price; the quantity stays. */
        void take(ServiceItemDetails item) {
            name = item.name();
            unit = item.unit();
            price = item.price();
            serviceItemId = item.id();
            itemName = item.name();
        }

        /** Whether the line is still the price-list item it was picked as. */
        public boolean isLinked() {
            return serviceItemId != null && name != null && name.strip().equals(itemName);
        }

        OrderLineEntry toEntry() {
            return new OrderLineEntry(name, unit, price, quantity, isLinked() ? serviceItemId : null);
        }

        public ServiceItemDetails getPicked() {
            return picked;
        }

        public void setPicked(ServiceItemDetails picked) {
            this.picked = picked;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }
    }

    @EJB
    OrderService orders;

    @Inject
    ClientPicker picker;

    @EJB
    ClientService clients;

    @EJB
    UserService users;

    @EJB
    DiscountService discounts;

    @EJB
    AssessmentService assessments;

    @EJB
    SalesService sales;

    @EJB
    PriceListService priceList;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    @Inject
    OrderPush push;

    private Long id;
    /** The assessment a new order is made from ({@code edit.xhtml?assessment=N}), or the one it was made from. */
    private Long assessmentId;
    private AssessmentDetails fromAssessment;
    private Long dealId;
    /** A new order for this client (an incoming call's card). */
    private Long clientId;
    private DealView fromDeal;
    private AssessmentSummary madeFrom;
    /** The order the form was filled from: its version goes with a save. */
    private OrderDetails loaded;
    /** The order as it is now, for the status, the field's part and the history; ahead of {@code loaded} when somebody else changed it. */
    private OrderDetails current;
    private List<OrderChangeEntry> history = List.of();
    private List<OrderSummary> clientOrders = List.of();
    private List<ServiceItemDetails> serviceChoices = List.of();
    private List<StaffMember> managers;
    private List<DiscountTypeDetails> discountTypes;

    private ClientPicker.Choice client;
    private String contactPhone;
    private String address;
    private String entrance;
    private String floor;
    private String apartment;
    private String intercom;
    private LocalDate visitDate;
    private LocalTime windowStart = LocalTime.of(10, 0);
    private LocalTime windowEnd = LocalTime.of(12, 0);
    private String description;
    private List<Line> lines = new ArrayList<>();
    private BigDecimal amount;
    private Long discountTypeId;
    private BigDecimal discountValue;
    private String discountReason;
    private Long managerId;
    private String comment;
    private String cancelReason;

    /** viewAction: loads the order named by the id parameter, or prepares a new one. */
    public void load() throws IOException {
        managers = users.staff(Role.MANAGER);
        discountTypes = discounts.list(true);
        try {
            if (id == null) {
                visitDate = formats.today();
                lines.add(new Line());
                if (assessmentId != null) {
                    fillFrom(assessments.get(assessmentId));
                } else if (dealId != null) {
                    fillFrom(sales.deal(dealId));
                } else if (clientId != null) {
                    fillFrom(clients.get(clientId));
                }
                return;
            }
            show(orders.get(id));
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** A new order from an assessment: its client, site, manager, what was assessed and the estimate. */
    private void fillFrom(AssessmentDetails assessment) {
        fromAssessment = assessment;
        client = ClientPicker.known(assessment.clientId(), assessment.clientName());
        contactPhone = PhoneNumbers.format(assessment.contactPhone());
        address = assessment.address();
        entrance = assessment.entrance();
        floor = assessment.floor();
        apartment = assessment.apartment();
        intercom = assessment.intercom();
        description = assessment.description();
        managerId = assessment.managerId();
        lines.clear();
        amount = assessment.estimatedAmount();
        comment = assessment.resultNotes();
        loadClientOrders();
    }

    /** A new order from a won deal: its client, contact number, what was sold and for how much. */
    private void fillFrom(DealView deal) {
        fromDeal = deal;
        if (deal.clientId() != null) {
            client = ClientPicker.known(deal.clientId(), deal.clientName());
            loadClientOrders();
        }
        contactPhone = deal.contactPhone() == null ? null : PhoneNumbers.format(deal.contactPhone());
        description = deal.title();
        amount = deal.amount();
    }

    private void show(OrderDetails order) {
        loaded = order;
        current = order;
        madeFrom = assessments.ofOrder(order.id()).orElse(null);
        client = ClientPicker.known(order.clientId(), order.clientName());
        contactPhone = PhoneNumbers.format(order.contactPhone());
        address = order.address();
        entrance = order.entrance();
        floor = order.floor();
        apartment = order.apartment();
        intercom = order.intercom();
        visitDate = order.visitDate();
        windowStart = order.windowStart();
        windowEnd = order.windowEnd();
        description = order.description();
        lines = new ArrayList<>();
        for (OrderLineEntry entry : order.lines()) {
            Line line = new Line();
            line.setName(entry.name());
            line.setUnit(entry.unit());
            line.setPrice(entry.price());
            line.setQuantity(entry.quantity());
            line.serviceItemId = entry.serviceItemId();
            line.itemName = entry.serviceItemId() == null ? null : entry.name();
            lines.add(line);
        }
        amount = order.lines().isEmpty() ? order.amount() : null;
        discountTypeId = order.discountTypeId();
        discountValue = order.discountValue();
        discountReason = order.discountReason();
        managerId = order.managerId();
        comment = order.comment();
        history = orders.history(order.id());
        loadClientOrders();
    }

    /** Suggestions while the operator types a phone (3+ digits) or a name. */
    public List<ClientPicker.Choice> completeClient(String typed) {
        return picker.complete(typed);
    }

    /** The client was picked: take their number and first address where the form has none yet. */
    public void clientSelected() {
        if (client == null) {
            return;
        }
        if (client.phone() != null && (contactPhone == null || contactPhone.isBlank())) {
            contactPhone = PhoneNumbers.format(client.phone());
        }
        AddressEntry site = client.address();
        if (site != null && (address == null || address.isBlank())) {
            address = site.address();
            entrance = site.entrance();
            floor = site.floor();
            apartment = site.apartment();
            intercom = site.intercom();
        }
        loadClientOrders();
    }

    private void loadClientOrders() {
        clientOrders = client == null ? List.of()
                : orders.find(new OrderQuery(null, null, Set.of(), null, client.id(), null,
                        new PageRequest(0, 5, "visit", false))).rows();
    }

    /** Active price-list items whose name or group contains what is typed in a line's picker. */
    public List<ServiceItemDetails> completeService(String typed) {
        serviceChoices = typed == null || typed.isBlank() ? List.of()
                : priceList.find(typed, true).stream().limit(SERVICE_CHOICES).toList();
        return serviceChoices;
    }

    /** An item was picked for the line: it fills the line's name, unit and price. */
    public void pick(Line line) {
        if (line.getPicked() != null) {
            line.take(line.getPicked());
            line.setPicked(null);
        }
    }

    /**
     * An order changed somewhere (the websocket's event): the page's read-only parts show this one
     * as it is now; if it is this order and somebody else saved it, the form says so, keeps what
     * was typed, and a save would be refused as a concurrent change.
     */
    public void checkForChanges() {
        if (loaded == null) {
            return;
        }
        current = orders.get(loaded.id());
        history = orders.history(loaded.id());
    }

    public boolean isStale() {
        return current != null && loaded != null && current.version() != loaded.version();
    }

    public OrderDetails getCurrent() {
        return current;
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void removeLine(Line line) {
        lines.remove(line);
    }

    public String save() {
        try {
            OrderForm form = form();
            if (loaded == null) {
                OrderDetails created = fromAssessment != null
                        ? assessments.toOrder(fromAssessment.id(), fromAssessment.version(), form)
                        : fromDeal != null ? sales.toOrder(fromDeal.id(), fromDeal.version(), form) : orders.create(form);
                push.changed(created.id());
                Refusals.info("orders.created", String.valueOf(created.number()));
                return "/orders/edit?faces-redirect=true&id=" + created.id();
            }
            show(orders.update(loaded.id(), loaded.version(), form));
            push.changed(loaded.id());
            Refusals.info("orders.saved", String.valueOf(loaded.number()));
            return null;
        } catch (RuntimeException e) {
            return Refusals.show(e, FORM);
        }
    }

    public void cancelOrder() {
        try {
            show(orders.cancel(loaded.id(), loaded.version(), cancelReason));
            push.changed(loaded.id());
            Refusals.info("orders.cancelled", String.valueOf(loaded.number()));
        } catch (RuntimeException e) {
            Refusals.show(e, "cancelForm");
        }
    }

    private OrderForm form() {
        List<OrderLineEntry> entries = lines.stream()
                .filter(l -> l.getName() != null && !l.getName().isBlank() || l.getPrice() != null)
                .map(Line::toEntry)
                .toList();
        DiscountEntry discount = discountTypeId == null ? null
                : new DiscountEntry(discountTypeId, discountValue, discountReason);
        return new OrderForm(client == null ? null : client.id(), contactPhone, address, entrance, floor, apartment,
                intercom, visitDate, windowStart, windowEnd, description, entries, entries.isEmpty() ? amount : null,
                discount, managerId, comment);
    }

    /** Whether the signed-in user may change this field (the page opens only those). */
    public boolean may(String field) {
        Role role = currentUser.getDetails().role();
        boolean open = loaded == null || !(loaded.status().isFinal() || loaded.dayClosed()) || role == Role.ADMIN;
        return open && (loaded == null ? OrderRights.mayCreate(role) : OrderRights.may(role, OrderField.valueOf(field)));
    }

    public boolean isNew() {
        return loaded == null;
    }

    public OrderDetails getLoaded() {
        return loaded;
    }

    public List<OrderChangeEntry> getHistory() {
        return history;
    }

    public List<OrderSummary> getClientOrders() {
        return clientOrders;
    }

    public List<ClientPicker.Choice> getSuggestions() {
        return picker.suggestionsWith(client);
    }

    public List<ServiceItemDetails> getServiceChoices() {
        return serviceChoices;
    }

    public List<StaffMember> getManagers() {
        return managers;
    }

    public List<DiscountTypeDetails> getDiscountTypes() {
        return discountTypes;
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    /** A new order for a known client: their first number and address, as if picked. */
    private void fillFrom(ClientDetails known) {
        client = new ClientPicker.Choice(known.id(), known.name(),
                known.phones().isEmpty() ? null : known.phones().get(0).phone(),
                known.addresses().isEmpty() ? null : known.addresses().get(0));
        clientSelected();
    }

    public Long getDealId() {
        return dealId;
    }

    public void setDealId(Long dealId) {
        this.dealId = dealId;
    }

    public DealView getFromDeal() {
        return fromDeal;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public void setAssessmentId(Long assessmentId) {
        this.assessmentId = assessmentId;
    }

    public AssessmentDetails getFromAssessment() {
        return fromAssessment;
    }

    public AssessmentSummary getMadeFrom() {
        return madeFrom;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClientPicker.Choice getClient() {
        return client;
    }

    public void setClient(ClientPicker.Choice client) {
        this.client = client;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
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

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public LocalTime getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(LocalTime windowStart) {
        this.windowStart = windowStart;
    }

    public LocalTime getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(LocalTime windowEnd) {
        this.windowEnd = windowEnd;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Line> getLines() {
        return lines;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Long getDiscountTypeId() {
        return discountTypeId;
    }

    public void setDiscountTypeId(Long discountTypeId) {
        this.discountTypeId = discountTypeId;
    }

    public BigDecimal getDiscountValue() {
        return discountValue;
    }

    public void setDiscountValue(BigDecimal discountValue) {
        this.discountValue = discountValue;
    }

    public String getDiscountReason() {
        return discountReason;
    }

    public void setDiscountReason(String discountReason) {
        this.discountReason = discountReason;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
