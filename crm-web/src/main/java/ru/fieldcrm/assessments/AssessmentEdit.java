package ru.fieldcrm.assessments;

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
import java.util.List;
import ru.fieldcrm.clients.AddressEntry;
import ru.fieldcrm.clients.ClientPicker;
import ru.fieldcrm.orders.OrderPush;
import ru.fieldcrm.sales.DealView;
import ru.fieldcrm.sales.SalesService;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/**
 * The assessment form: the office plans and edits assessments here, the manager records the result,
 * and «Создать заказ» opens the order form filled in from it. Opened as {@code edit.xhtml} or
 * {@code edit.xhtml?id=N}.
 */
@Named
@ViewScoped
public class AssessmentEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "assessmentForm";

    @EJB
    AssessmentService assessments;

    @EJB
    UserService users;

    @EJB
    SalesService sales;

    @Inject
    ClientPicker picker;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    @Inject
    OrderPush push;

    private Long id;
    private Long dealId;
    private DealView fromDeal;
    private AssessmentDetails loaded;
    private List<AssessmentChangeEntry> history = List.of();
    private List<StaffMember> managers;

    private ClientPicker.Choice client;
    private String contactPhone;
    private String address;
    private String entrance;
    private String floor;
    private String apartment;
    private String intercom;
    private LocalDate visitDate;
    private LocalTime windowStart = LocalTime.of(10, 0);
    private LocalTime windowEnd = LocalTime.of(11, 0);
    private String description;
    private Long managerId;
    private BigDecimal estimate;
    private String notes;
    private String cancelReason;

    /** viewAction: loads the assessment named by the id parameter, or prepares a new one. */
    public void load() throws IOException {
        managers = users.staff(Role.MANAGER);
        if (id == null) {
            visitDate = formats.today();
            if (dealId != null) {
                try {
                    fillFrom(sales.deal(dealId));
                } catch (NotFoundException e) {
                    FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
                    FacesContext.getCurrentInstance().responseComplete();
                }
            }
            return;
        }
        try {
            show(assessments.get(id));
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** A new assessment for a won deal: its client, contact number and what was sold. */
    private void fillFrom(DealView deal) {
        fromDeal = deal;
        if (deal.clientId() != null) {
            client = ClientPicker.known(deal.clientId(), deal.clientName());
        }
        contactPhone = deal.contactPhone() == null ? null : PhoneNumbers.format(deal.contactPhone());
        description = deal.title();
    }

    private void show(AssessmentDetails assessment) {
        loaded = assessment;
        client = ClientPicker.known(assessment.clientId(), assessment.clientName());
        contactPhone = PhoneNumbers.format(assessment.contactPhone());
        address = assessment.address();
        entrance = assessment.entrance();
        floor = assessment.floor();
        apartment = assessment.apartment();
        intercom = assessment.intercom();
        visitDate = assessment.visitDate();
        windowStart = assessment.windowStart();
        windowEnd = assessment.windowEnd();
        description = assessment.description();
        managerId = assessment.managerId();
        estimate = assessment.estimatedAmount();
        notes = assessment.resultNotes();
        history = assessments.history(assessment.id());
    }

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
    }

    public String save() {
        try {
            AssessmentForm form = new AssessmentForm(client == null ? null : client.id(), contactPhone, address, entrance,
                    floor, apartment, intercom, visitDate, windowStart, windowEnd, description, managerId);
            if (loaded == null) {
                AssessmentDetails created = fromDeal == null ? assessments.create(form)
                        : sales.toAssessment(fromDeal.id(), fromDeal.version(), form);
                push.changed(created.id());
                Refusals.info("assessments.created", String.valueOf(created.number()));
                return "/assessments/edit?faces-redirect=true&id=" + created.id();
            }
            show(assessments.update(loaded.id(), loaded.version(), form));
            push.changed(loaded.id());
            Refusals.info("assessments.saved", String.valueOf(loaded.number()));
            return null;
        } catch (RuntimeException e) {
            return Refusals.show(e, FORM);
        }
    }

    public void recordResult() {
        try {
            show(assessments.recordResult(loaded.id(), loaded.version(), new AssessmentResult(estimate, notes)));
            push.changed(loaded.id());
            Refusals.info("assessments.resultSaved", String.valueOf(loaded.number()));
        } catch (RuntimeException e) {
            Refusals.show(e, "resultForm");
        }
    }

    public void cancelAssessment() {
        try {
            show(assessments.cancel(loaded.id(), loaded.version(), cancelReason));
            push.changed(loaded.id());
            Refusals.info("assessments.cancelled", String.valueOf(loaded.number()));
        } catch (RuntimeException e) {
            Refusals.show(e, "cancelForm");
        }
    }

    /** Whether the signed-in user may change this field (the page opens only those). */
    public boolean may(String field) {
        Role role = currentUser.getDetails().role();
        if (loaded == null) {
            return AssessmentRights.mayCreate(role);
        }
        AssessmentField asked = AssessmentField.valueOf(field);
        boolean mine = role != Role.MANAGER || currentUser.getDetails().id() == (loaded.managerId() == null ? -1 : loaded.managerId());
        boolean open = switch (asked) {
            case RESULT -> loaded.status() != AssessmentStatus.CANCELLED && loaded.orderId() == null && loaded.managerId() != null;
            case ORDER -> loaded.status() != AssessmentStatus.CANCELLED && loaded.orderId() == null;
            case CANCELLATION -> loaded.status() != AssessmentStatus.CANCELLED && loaded.orderId() == null;
            default -> loaded.status().isOpen() || role == Role.ADMIN;
        };
        return open && mine && AssessmentRights.may(role, asked);
    }

    public boolean isNew() {
        return loaded == null;
    }

    public AssessmentDetails getLoaded() {
        return loaded;
    }

    public List<AssessmentChangeEntry> getHistory() {
        return history;
    }

    public List<ClientPicker.Choice> getSuggestions() {
        return picker.suggestionsWith(client);
    }

    public List<StaffMember> getManagers() {
        return managers;
    }

    public Long getId() {
        return id;
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

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public BigDecimal getEstimate() {
        return estimate;
    }

    public void setEstimate(BigDecimal estimate) {
        this.estimate = estimate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
