package ru.fieldcrm.orders;

import jakarta.persistence.Embedded;
import ru.fieldcrm.geo.GeoPoint;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Localized;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.users.Role;

/**
 * One visit of a crew to one address. Every change goes through a method that checks the actor's
 * rights for each field it touches ({@link OrderRights}), moves the status where the change implies
 * it, keeps final sum = amount − discount + price change (never negative) and returns what changed
 * for the history.
 */
@Entity(name = "CrmOrder")
@Table(name = "crm_order")
@SequenceGenerator(name = "crm_order_seq", sequenceName = "crm_order_seq", allocationSize = 50)
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_order_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private long number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;

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

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "window_start", nullable = false)
    private LocalTime windowStart;

    @Column(name = "window_end", nullable = false)
    private LocalTime windowEnd;

    @Column(name = "visit_start", nullable = false)
    private Instant visitStart;

    @Column(name = "visit_end", nullable = false)
    private Instant visitEnd;

    @Column(length = 4000)
    private String description;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "discount_type_id")
    private Long discountTypeId;

    @Column(name = "discount_value", precision = 12, scale = 2)
    private BigDecimal discountValue;

    @Column(name = "discount_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal discountAmount;

    @Column(name = "discount_reason", length = 300)
    private String discountReason;

    @Column(name = "manager_id")
    private Long managerId;

    @Column(length = 2000)
    private String comment;

    @Column(name = "price_change", nullable = false, precision = 12, scale = 2)
    private BigDecimal priceChange;

    @Column(name = "price_change_reason", length = 300)
    private String priceChangeReason;

    @Column(name = "price_change_by")
    private Long priceChangeBy;

    @Column(name = "left_office_at")
    private Instant leftOfficeAt;

    @Column(name = "work_started_at")
    private Instant workStartedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "completion_comment", length = 2000)
    private String completionComment;

    @Column(name = "final_sum", nullable = false, precision = 12, scale = 2)
    private BigDecimal finalSum;

    @Column(name = "cancellation_reason", length = 300)
    private String cancellationReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "import_key", length = 80, updatable = false)
    private String importKey;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Version
    private long version;

    protected Order() {
    }

    /** A new order from the office's part; with a manager it is at once Назначен. */
    public static Order book(long number, OfficePart office, OrderActor actor, Instant now) {
        if (!OrderRights.mayCreate(actor.role())) {
            throw new ForbiddenException("orders.create.forbidden");
        }
        Order order = new Order();
        order.number = number;
        order.status = OrderStatus.NEW;
        order.createdAt = now;
        order.createdBy = actor.userId();
        order.priceChange = BigDecimal.ZERO.setScale(2);
        order.discountAmount = BigDecimal.ZERO.setScale(2);
        order.write(office);
        order.statusFollowsAssignment();
        return order;
    }

    /**
     * An order booked from a row of an imported file, like a hand-made one, that keeps the key
     * that stops the same row from being imported again (a unique index holds it).
     */
    public static Order bookImported(long number, OfficePart office, OrderActor actor, Instant now, String importKey) {
        Order order = book(number, office, actor, now);
        order.importKey = importKey;
        return order;
    }

    /**
     * A past visit from the company's old spreadsheets, imported as the history it is: done (then
     * closed with its manager's day, at the imported sum) or cancelled. Only an administrator
     * brings history in; nothing of the manager's day-to-day marks is invented for it.
     */
    public static Order bookHistory(long number, OfficePart office, OrderActor actor, Instant now, String importKey,
            OrderStatus outcome) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("imports.history.adminOnly");
        }
        Order order = bookImported(number, office, actor, now, importKey);
        switch (outcome) {
            case DONE, CLOSED -> {
                if (order.managerId == null) {
                    throw new InvalidRequestException("imports.status.needsManager", "managerId");
                }
                order.status = OrderStatus.CLOSED;
            }
            case CANCELLED -> {
                order.status = OrderStatus.CANCELLED;
                // The file says when it was booked, not why it was called off: no reason is made up.
                order.cancelledAt = now;
            }
            default -> throw new InvalidRequestException("imports.history.needsFinalStatus", "status");
        }
        return order;
    }

    /**
     * The office's edit: every field that differs from the order is checked against the actor's
     * rights before anything is changed, so a refused request leaves the order as it was.
     */
    public List<FieldChange> applyOffice(OfficePart office, OrderActor actor) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, OrderField.CLIENT, String.valueOf(clientId), String.valueOf(office.clientId()));
        compare(changes, OrderField.CONTACT_PHONE, contactPhone, office.contactPhone());
        compare(changes, OrderField.ADDRESS, site().toString(), office.site().toString());
        compare(changes, OrderField.VISIT_TIME, visitText(), office.visitText());
        compare(changes, OrderField.DESCRIPTION, description, office.description());
        compare(changes, OrderField.LINES, linesText(), office.linesText());
        compare(changes, OrderField.DISCOUNT, discountText(), office.discount() == null ? null : office.discount().toString());
        compare(changes, OrderField.MANAGER, Objects.toString(managerId, null), Objects.toString(office.managerId(), null));
        compare(changes, OrderField.COMMENT, comment, office.comment());
        for (FieldChange change : changes) {
            require(actor, change.field());
        }
        if (changes.isEmpty()) {
            return changes;
        }
        boolean reassigned = !Objects.equals(managerId, office.managerId());
        if (reassigned && !actor.isAdmin() && status.compareTo(OrderStatus.ASSIGNED) > 0) {
            throw new InvalidRequestException("orders.manager.onTheWay", "managerId");
        }
        String oldStatus = status.name();
        write(office);
        statusFollowsAssignment();
        addStatusChange(changes, oldStatus);
        return changes;
    }

    public List<FieldChange> cancel(String reason, OrderActor actor, Instant now) {
        require(actor, OrderField.CANCELLATION);
        if (status.isFinal()) {
            throw new InvalidRequestException("orders.final", null);
        }
        List<FieldChange> changes = new ArrayList<>();
        String oldStatus = status.name();
        cancellationReason = reason.strip();
        cancelledAt = now;
        status = OrderStatus.CANCELLED;
        changes.add(new FieldChange(OrderField.CANCELLATION, null, cancellationReason));
        addStatusChange(changes, oldStatus);
        return changes;
    }

    /** The manager's price change; it replaces the previous one. An increase is that manager's upsell. */
    public List<FieldChange> changePrice(Money change, String reason, OrderActor actor) {
        require(actor, OrderField.PRICE_CHANGE);
        requireWorkable();
        String old = priceChangeText();
        Money newFinal = Money.of(amount).minus(Money.of(discountAmount)).plus(change);
        if (newFinal.isNegative()) {
            throw new InvalidRequestException("orders.finalSum.wouldBeNegative", "change");
        }
        priceChange = change.amount();
        priceChangeReason = reason.strip();
        priceChangeBy = actor.userId();
        recomputeFinalSum("change");
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, OrderField.PRICE_CHANGE, old, priceChangeText());
        return changes;
    }

    /** The evening correction: the price change becomes what makes the final sum this amount. */
    public List<FieldChange> correctFinalSum(Money newFinalSum, String reason, OrderActor actor) {
        require(actor, OrderField.FINAL_SUM);
        requireWorkable();
        String old = finalSum.toPlainString();
        String oldChange = priceChangeText();
        Money change = newFinalSum.minus(Money.of(amount).minus(Money.of(discountAmount)));
        priceChange = change.amount();
        priceChangeReason = reason.strip();
        priceChangeBy = actor.userId();
        recomputeFinalSum("finalSum");
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, OrderField.FINAL_SUM, old, finalSum.toPlainString());
        compare(changes, OrderField.PRICE_CHANGE, oldChange, priceChangeText());
        return changes;
    }

    /** A manager's mark: each in its turn, with the time it is made. */
    public List<FieldChange> mark(OrderMark mark, String text, OrderActor actor, Instant now) {
        require(actor, mark.field());
        OrderStatus expected = switch (mark) {
            case LEFT_OFFICE -> OrderStatus.ASSIGNED;
            case WORK_STARTED -> OrderStatus.LEFT_OFFICE;
            case FINISHED -> OrderStatus.IN_PROGRESS;
        };
        if (status != expected) {
            throw new InvalidRequestException("orders.mark.wrongStatus", null, Localized.of("orders.mark", mark),
                    Localized.of("orders.status", status));
        }
        String oldStatus = status.name();
        List<FieldChange> changes = new ArrayList<>();
        switch (mark) {
            case LEFT_OFFICE -> {
                leftOfficeAt = now;
                status = OrderStatus.LEFT_OFFICE;
            }
            case WORK_STARTED -> {
                workStartedAt = now;
                status = OrderStatus.IN_PROGRESS;
            }
            case FINISHED -> {
                finishedAt = now;
                completionComment = text == null || text.isBlank() ? null : text.strip();
                status = OrderStatus.DONE;
            }
        }
        changes.add(new FieldChange(mark.field(), null,
                now + (mark == OrderMark.FINISHED && completionComment != null ? " " + completionComment : "")));
        addStatusChange(changes, oldStatus);
        return changes;
    }

    /** Closing the manager's day: a done order becomes closed, a cancelled one stays as it is. */
    public List<FieldChange> closeWithDay(OrderActor actor) {
        requireRight(actor, OrderField.DAY_CLOSE);
        List<FieldChange> changes = new ArrayList<>();
        if (status == OrderStatus.DONE) {
            status = OrderStatus.CLOSED;
            changes.add(new FieldChange(OrderField.STATUS, OrderStatus.DONE.name(), OrderStatus.CLOSED.name()));
        }
        return changes;
    }

    /**
     * The client was merged into another: the order goes with them. Not a change anybody makes on
     * the order (the administrator's merge decides it), so no field right is asked.
     */
    public FieldChange moveToClient(long keptClientId) {
        FieldChange change = new FieldChange(OrderField.CLIENT, String.valueOf(clientId), String.valueOf(keptClientId));
        clientId = keptClientId;
        return change;
    }

    /** Whether the order still keeps its manager's day open. */
    public boolean isUnfinished() {
        return !(status == OrderStatus.DONE || status == OrderStatus.CLOSED || status == OrderStatus.CANCELLED);
    }

    /** The actor may change this field of this order, and the order still takes changes. */
    private void require(OrderActor actor, OrderField field) {
        requireRight(actor, field);
        if (status == OrderStatus.CANCELLED || (status == OrderStatus.CLOSED && !actor.isAdmin())) {
            throw new InvalidRequestException("orders.final", null);
        }
    }

    private void requireRight(OrderActor actor, OrderField field) {
        if (!OrderRights.may(actor.role(), field)) {
            throw new ForbiddenException("orders.field.forbidden", Localized.of("orders.field", field));
        }
        if (OrderRights.isManagers(field) && actor.role() == Role.MANAGER && !Objects.equals(managerId, actor.userId())) {
            throw new ForbiddenException("orders.notYours");
        }
    }

    /** Price changes and final sums belong to an order that a manager has. */
    private void requireWorkable() {
        if (status == OrderStatus.NEW) {
            throw new InvalidRequestException("orders.notAssigned", null);
        }
    }

    /** Writes the office's part; checks first that the final sum stays non-negative, so a refusal changes nothing. */
    private void write(OfficePart office) {
        Money discountOff = office.discount() == null ? Money.ZERO : office.discount().amount();
        if (office.amount().minus(discountOff).plus(Money.of(priceChange)).isNegative()) {
            throw new InvalidRequestException("orders.finalSum.wouldBeNegative", office.discount() == null ? "amount" : "discount");
        }
        clientId = office.clientId();
        contactPhone = office.contactPhone();
        SiteAddress site = office.site();
        geo.addressChanged(address, site.address());
        address = site.address();
        entrance = site.entrance();
        floor = site.floor();
        apartment = site.apartment();
        intercom = site.intercom();
        visitDate = office.visitDate();
        windowStart = office.windowStart();
        windowEnd = office.windowEnd();
        visitStart = office.visitStart();
        visitEnd = office.visitEnd();
        description = office.description();
        replaceLines(office.lines());
        amount = office.amount().amount();
        AppliedDiscount discount = office.discount();
        discountTypeId = discount == null ? null : discount.typeId();
        discountValue = discount == null ? null : discount.value();
        discountAmount = discount == null ? BigDecimal.ZERO.setScale(2) : discount.amount().amount();
        discountReason = discount == null ? null : discount.reason();
        managerId = office.managerId();
        comment = office.comment();
        recomputeFinalSum("amount");
    }

    private void replaceLines(List<OrderLineEntry> entries) {
        lines.clear();
        int position = 0;
        for (OrderLineEntry entry : entries) {
            lines.add(new OrderLine(this, position++, entry));
        }
    }

    private void statusFollowsAssignment() {
        if (status == OrderStatus.NEW && managerId != null) {
            status = OrderStatus.ASSIGNED;
        } else if (status == OrderStatus.ASSIGNED && managerId == null) {
            status = OrderStatus.NEW;
        }
    }

    private void recomputeFinalSum(String field) {
        Money result = Money.of(amount).minus(Money.of(discountAmount)).plus(Money.of(priceChange));
        if (result.isNegative()) {
            throw new InvalidRequestException("orders.finalSum.wouldBeNegative", field);
        }
        finalSum = result.amount();
    }

    private void addStatusChange(List<FieldChange> changes, String oldStatus) {
        if (!oldStatus.equals(status.name())) {
            changes.add(new FieldChange(OrderField.STATUS, oldStatus, status.name()));
        }
    }

    private static void compare(List<FieldChange> changes, OrderField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private SiteAddress site() {
        return new SiteAddress(address, entrance, floor, apartment, intercom);
    }

    private String visitText() {
        return visitDate + " " + windowStart + "-" + windowEnd;
    }

    private String linesText() {
        OfficePart current = new OfficePart(clientId, contactPhone, site(), visitDate, windowStart, windowEnd,
                visitStart, visitEnd, description, lines.stream().map(OrderLine::toEntry).toList(), Money.of(amount),
                null, managerId, comment);
        return current.linesText();
    }

    private String discountText() {
        return discountTypeId == null ? null
                : new AppliedDiscount(discountTypeId, discountValue, Money.of(discountAmount), discountReason).toString();
    }

    private String priceChangeText() {
        return priceChange.signum() == 0 && priceChangeReason == null ? null
                : priceChange.toPlainString() + " (" + priceChangeReason + ")";
    }

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public long getClientId() {
        return clientId;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public SiteAddress getSite() {
        return site();
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public LocalTime getWindowStart() {
        return windowStart;
    }

    public LocalTime getWindowEnd() {
        return windowEnd;
    }

    public String getDescription() {
        return description;
    }

    public List<OrderLineEntry> getLines() {
        return lines.stream().map(OrderLine::toEntry).toList();
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getDiscountTypeId() {
        return discountTypeId;
    }

    public BigDecimal getDiscountValue() {
        return discountValue;
    }

    public BigDecimal getDiscountAmount() {
        return discountAmount;
    }

    public String getDiscountReason() {
        return discountReason;
    }

    public Long getManagerId() {
        return managerId;
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getPriceChange() {
        return priceChange;
    }

    public String getPriceChangeReason() {
        return priceChangeReason;
    }

    public Long getPriceChangeBy() {
        return priceChangeBy;
    }

    public Instant getLeftOfficeAt() {
        return leftOfficeAt;
    }

    public Instant getWorkStartedAt() {
        return workStartedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getCompletionComment() {
        return completionComment;
    }

    public BigDecimal getFinalSum() {
        return finalSum;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getImportKey() {
        return importKey;
    }

    public long getVersion() {
        return version;
    }

    /** Where the address is on the map and how that was found. */
    public GeoPoint getGeo() {
        return geo;
    }
}
