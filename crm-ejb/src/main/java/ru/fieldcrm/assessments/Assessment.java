package ru.fieldcrm.assessments;

import jakarta.persistence.Embedded;
import ru.fieldcrm.geo.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
import ru.fieldcrm.orders.SiteAddress;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Localized;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;

/**
 * A manager's visit to a client's site to estimate the work. Every change goes through a method
 * that checks the actor's rights for each field it touches ({@link AssessmentRights}) before it
 * changes anything, and returns what changed for the history.
 */
@Entity
@Table(name = "site_assessment")
@SequenceGenerator(name = "site_assessment_seq", sequenceName = "site_assessment_seq", allocationSize = 50)
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_assessment_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private long number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssessmentStatus status;

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

    @Column(name = "manager_id")
    private Long managerId;

    @Column(name = "estimated_amount", precision = 12, scale = 2)
    private BigDecimal estimatedAmount;

    @Column(name = "result_notes", length = 2000)
    private String resultNotes;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "cancellation_reason", length = 300)
    private String cancellationReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Version
    private long version;

    protected Assessment() {
    }

    /** A new assessment from the office's part. */
    public static Assessment plan(long number, AssessmentPart part, StaffMember actor, Instant now) {
        if (!AssessmentRights.mayCreate(actor.role())) {
            throw new ForbiddenException("assessments.create.forbidden");
        }
        Assessment assessment = new Assessment();
        assessment.number = number;
        assessment.status = AssessmentStatus.PLANNED;
        assessment.createdAt = now;
        assessment.createdBy = actor.id();
        assessment.write(part);
        return assessment;
    }

    /**
     * The office's edit: every field that differs is checked against the actor's rights before
     * anything is changed, so a refused request leaves the assessment as it was.
     */
    public List<AssessmentFieldChange> applyOffice(AssessmentPart part, StaffMember actor) {
        List<AssessmentFieldChange> changes = new ArrayList<>();
        compare(changes, AssessmentField.CLIENT, String.valueOf(clientId), String.valueOf(part.clientId()));
        compare(changes, AssessmentField.CONTACT_PHONE, contactPhone, part.contactPhone());
        compare(changes, AssessmentField.ADDRESS, site().toString(), part.site().toString());
        compare(changes, AssessmentField.VISIT_TIME, visitText(), part.visitText());
        compare(changes, AssessmentField.DESCRIPTION, description, part.description());
        compare(changes, AssessmentField.MANAGER, Objects.toString(managerId, null), Objects.toString(part.managerId(), null));
        for (AssessmentFieldChange change : changes) {
            require(actor, change.field());
        }
        if (!changes.isEmpty()) {
            requireOpen(actor);
            write(part);
        }
        return changes;
    }

    public List<AssessmentFieldChange> cancel(String reason, StaffMember actor, Instant now) {
        require(actor, AssessmentField.CANCELLATION);
        if (status == AssessmentStatus.CANCELLED || orderId != null) {
            throw new InvalidRequestException("assessments.notOpen", null);
        }
        String oldStatus = status.name();
        cancellationReason = reason.strip();
        cancelledAt = now;
        status = AssessmentStatus.CANCELLED;
        List<AssessmentFieldChange> changes = new ArrayList<>();
        changes.add(new AssessmentFieldChange(AssessmentField.CANCELLATION, null, cancellationReason));
        changes.add(new AssessmentFieldChange(AssessmentField.STATUS, oldStatus, status.name()));
        return changes;
    }

    /**
     * The manager's result: the estimate and notes; a planned assessment becomes done. The result of
     * a done assessment may be corrected until an order is made of it.
     */
    public List<AssessmentFieldChange> recordResult(Money estimate, String notes, StaffMember actor, Instant now) {
        require(actor, AssessmentField.RESULT);
        if (status == AssessmentStatus.CANCELLED || orderId != null) {
            throw new InvalidRequestException("assessments.notOpen", null);
        }
        if (managerId == null) {
            throw new InvalidRequestException("assessments.notAssigned", null);
        }
        String old = resultText();
        estimatedAmount = estimate.amount();
        resultNotes = notes == null || notes.isBlank() ? null : notes.strip();
        List<AssessmentFieldChange> changes = new ArrayList<>();
        compare(changes, AssessmentField.RESULT, old, resultText());
        if (status == AssessmentStatus.PLANNED) {
            status = AssessmentStatus.DONE;
            doneAt = now;
            changes.add(new AssessmentFieldChange(AssessmentField.STATUS, AssessmentStatus.PLANNED.name(), status.name()));
        }
        return changes;
    }

    /** Checks that an order may be made of this assessment, before the order is booked. */
    public void requireOrderable(StaffMember actor, Long existingOrderNumber) {
        require(actor, AssessmentField.ORDER);
        if (orderId != null) {
            throw new InvalidRequestException("assessments.alreadyOrdered", null, existingOrderNumber);
        }
        if (status == AssessmentStatus.CANCELLED) {
            throw new InvalidRequestException("assessments.cancelledNoOrder", null);
        }
    }

    /** The order made of this assessment; a planned assessment counts as done by it. */
    public List<AssessmentFieldChange> linkOrder(long newOrderId, long orderNumber, StaffMember actor, Instant now) {
        requireOrderable(actor, null);
        orderId = newOrderId;
        List<AssessmentFieldChange> changes = new ArrayList<>();
        changes.add(new AssessmentFieldChange(AssessmentField.ORDER, null, String.valueOf(orderNumber)));
        if (status == AssessmentStatus.PLANNED) {
            status = AssessmentStatus.DONE;
            doneAt = now;
            changes.add(new AssessmentFieldChange(AssessmentField.STATUS, AssessmentStatus.PLANNED.name(), status.name()));
        }
        return changes;
    }

    /**
     * The client was merged into another: the assessment goes with them (the administrator's merge
     * decides it, so no field right is asked).
     */
    public AssessmentFieldChange moveToClient(long keptClientId) {
        AssessmentFieldChange change = new AssessmentFieldChange(AssessmentField.CLIENT, String.valueOf(clientId),
                String.valueOf(keptClientId));
        clientId = keptClientId;
        return change;
    }

    private void require(StaffMember actor, AssessmentField field) {
        if (!AssessmentRights.may(actor.role(), field)) {
            throw new ForbiddenException("assessments.field.forbidden", Localized.of("assessments.field", field));
        }
        if (AssessmentRights.isManagers(field) && actor.role() == Role.MANAGER && !Objects.equals(managerId, actor.id())) {
            throw new ForbiddenException("assessments.notYours");
        }
    }

    /** The office's part changes while the assessment is planned; the administrator may correct it later too. */
    private void requireOpen(StaffMember actor) {
        if (!status.isOpen() && actor.role() != Role.ADMIN) {
            throw new InvalidRequestException("assessments.notOpen", null);
        }
    }

    private void write(AssessmentPart part) {
        clientId = part.clientId();
        contactPhone = part.contactPhone();
        SiteAddress site = part.site();
        geo.addressChanged(address, site.address());
        address = site.address();
        entrance = site.entrance();
        floor = site.floor();
        apartment = site.apartment();
        intercom = site.intercom();
        visitDate = part.visitDate();
        windowStart = part.windowStart();
        windowEnd = part.windowEnd();
        visitStart = part.visitStart();
        visitEnd = part.visitEnd();
        description = part.description();
        managerId = part.managerId();
    }

    private static void compare(List<AssessmentFieldChange> changes, AssessmentField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new AssessmentFieldChange(field, before, after));
        }
    }

    private SiteAddress site() {
        return new SiteAddress(address, entrance, floor, apartment, intercom);
    }

    private String visitText() {
        return visitDate + " " + windowStart + "-" + windowEnd;
    }

    private String resultText() {
        return estimatedAmount == null ? null
                : estimatedAmount.toPlainString() + (resultNotes == null ? "" : " (" + resultNotes + ")");
    }

    /** The office's part as it is now, for an edit that changes only some of it (a move on the calendar). */
    public AssessmentPart part() {
        return new AssessmentPart(clientId, contactPhone, site(), visitDate, windowStart, windowEnd, visitStart, visitEnd,
                description, managerId);
    }

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public AssessmentStatus getStatus() {
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

    public Long getManagerId() {
        return managerId;
    }

    public BigDecimal getEstimatedAmount() {
        return estimatedAmount;
    }

    public String getResultNotes() {
        return resultNotes;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** Where the address is on the map and how that was found. */
    public GeoPoint getGeo() {
        return geo;
    }
}
