package ru.fieldcrm.sales;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.fieldcrm.clients.ClientMatch;
import ru.fieldcrm.clients.ClientService;
import ru.fieldcrm.clients.NewClientRequest;
import ru.fieldcrm.clients.PhoneEntry;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.users.StaffMember;

/**
 * A deal's page: a new deal (its client found by the number typed, or a new card made with the
 * name given), or an existing one — its terms, changed by whoever may change them, and its history.
 * A number that is already a client's links the deal to that client, and the page says so before
 * saving: no duplicate card is made.
 */
@Named
@ViewScoped
public class DealEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "dealForm";
    /** The fields whose old and new values the history shows (the others are ids or long text). */
    private static final java.util.Set<String> SHOWN_VALUES = java.util.Set.of("title", "amount", "contact",
            "contactPhone", "source", "expectedClose");

    @EJB
    SalesService sales;

    @EJB
    ClientService clients;

    private Long id;
    private DealView deal;
    private List<DealEventView> history = List.of();
    private List<Entry> timeline = List.of();
    private List<DealLinkView> links = List.of();
    private ActivityKind activityKind = ActivityKind.NOTE;
    private String activityText;
    private java.time.LocalDateTime activityAt;
    private Integer activityMinutes;
    private String activityOutcome;
    private List<PipelineView> pipelines = List.of();
    private List<StaffMember> sellers = List.of();

    private String title;
    private Long pipelineId;
    private BigDecimal amount;
    private Long responsibleId;
    private String clientPhone;
    private String clientName;
    private ClientMatch knownClient;
    private String contactName;
    private String contactPhone;
    private String source;
    private LocalDate expectedClose;
    private String notes;

    public void load() throws IOException {
        pipelines = sales.pipelines();
        sellers = sales.sellers();
        if (id == null) {
            pipelineId = pipelines.isEmpty() ? null : pipelines.get(0).id();
            amount = BigDecimal.ZERO;
            return;
        }
        try {
            show(sales.deal(id));
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void show(DealView shown) {
        deal = shown;
        title = shown.title();
        pipelineId = shown.pipelineId();
        amount = shown.amount();
        responsibleId = shown.responsibleId();
        contactName = shown.contactName();
        contactPhone = shown.contactPhone() == null ? null : PhoneNumbers.format(shown.contactPhone());
        source = shown.source();
        expectedClose = shown.expectedClose();
        notes = shown.notes();
        history = sales.history(shown.id());
        links = sales.links(shown.id());
        List<Entry> entries = new java.util.ArrayList<>();
        history.forEach(e -> entries.add(new Entry(e.at(), e.actorLogin(), null, e, null)));
        sales.activities(shown.id()).forEach(a -> entries.add(new Entry(a.at(), a.authorLogin(), a, null, null)));
        sales.calls(shown.id()).forEach(c -> entries.add(new Entry(c.startedAt(), c.userName(), null, null, c)));
        entries.sort(java.util.Comparator.comparing(Entry::at).reversed());
        timeline = entries;
    }

    /** One line of the deal's timeline: a change of the deal, an activity on it or a call with its client. */
    public record Entry(java.time.Instant at, String who, ActivityView activity, DealEventView event,
            ru.fieldcrm.calls.CallSummary call) {

        /** The call's talk time as m:ss, or null. */
        public String talk() {
            if (call == null || call.durationSeconds() == null) {
                return null;
            }
            int seconds = call.durationSeconds();
            return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
        }
    }

    /** Logs the note, negotiation or task typed under the timeline. */
    public void addActivity() {
        try {
            sales.addActivity(deal.id(), new ActivityForm(activityKind, activityText, activityAt, activityMinutes, activityOutcome));
            activityText = null;
            activityAt = null;
            activityMinutes = null;
            activityOutcome = null;
            show(sales.deal(deal.id()));
        } catch (RuntimeException e) {
            Refusals.show(e, FORM, path -> switch (path) {
                case "form.text", "text" -> "activityText";
                case "form.at", "at" -> "activityAt";
                case "form.durationMinutes", "durationMinutes" -> "activityMinutes";
                case "form.outcome", "outcome" -> "activityOutcome";
                default -> path;
            });
        }
    }

    public void completeTask(ActivityView task) {
        try {
            sales.completeTask(task.id(), task.version());
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
        show(sales.deal(deal.id()));
    }

    /** The number typed for a new deal's client: the client who has it, if any. */
    public void findClient() {
        knownClient = null;
        Optional<String> number = clientPhone == null ? Optional.empty() : PhoneNumbers.normalize(clientPhone);
        if (number.isEmpty()) {
            return;
        }
        String digits = number.get().substring(1);
        knownClient = clients.matchByPhone(digits).stream()
                .filter(m -> m.phones().stream().anyMatch(p -> number.get().equals(PhoneNumbers.normalize(p.phone()).orElse(null))))
                .findFirst().orElse(null);
    }

    public String save() {
        try {
            if (deal == null) {
                findClient();
                NewClientRequest newClient = knownClient != null || clientPhone == null || clientPhone.isBlank() ? null
                        : new NewClientRequest(clientName, List.of(new PhoneEntry(clientPhone, null)), List.of(), null, null, null);
                DealView created = sales.create(new DealForm(title, knownClient == null ? null : knownClient.id(), newClient,
                        contactName, contactPhone, amount, responsibleId, pipelineId, null, source, expectedClose, notes));
                return "/sales/deal?faces-redirect=true&id=" + created.id();
            }
            show(sales.update(deal.id(), deal.version(), new DealForm(title, deal.clientId(), null, contactName, contactPhone,
                    amount, responsibleId, deal.pipelineId(), null, source, expectedClose, notes)));
            return null;
        } catch (RuntimeException e) {
            return Refusals.show(e, FORM, path -> path.startsWith("newClient.phones") ? "clientPhone"
                    : path.startsWith("newClient.name") ? "clientName" : path);
        }
    }

    /** One line of the history: created in a stage, moved from one to another, a field changed (and how). */
    public String describe(DealEventView event) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return switch (event.kind()) {
            case CREATED -> Texts.ui(locale, "deals.event.CREATED", event.newValue());
            case MOVED -> Texts.ui(locale, "deals.event.MOVED", event.oldValue(), event.newValue());
            case LINKED -> Texts.ui(locale, "deals.event.LINKED." + event.field(), event.newValue());
            case CHANGED -> {
                String field = Texts.ui(locale, "deals.field." + event.field());
                yield SHOWN_VALUES.contains(event.field())
                        ? Texts.ui(locale, "deals.event.CHANGED.values", field, dash(event.oldValue()), dash(event.newValue()))
                        : Texts.ui(locale, "deals.event.CHANGED", field);
            }
        };
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }

    public List<DealLinkView> getLinks() {
        return links;
    }

    public List<Entry> getTimeline() {
        return timeline;
    }

    public List<ActivityKind> getActivityKinds() {
        return List.of(ActivityKind.values());
    }

    public ActivityKind getActivityKind() {
        return activityKind;
    }

    public void setActivityKind(ActivityKind activityKind) {
        this.activityKind = activityKind;
    }

    public String getActivityText() {
        return activityText;
    }

    public void setActivityText(String activityText) {
        this.activityText = activityText;
    }

    public java.time.LocalDateTime getActivityAt() {
        return activityAt;
    }

    public void setActivityAt(java.time.LocalDateTime activityAt) {
        this.activityAt = activityAt;
    }

    public Integer getActivityMinutes() {
        return activityMinutes;
    }

    public void setActivityMinutes(Integer activityMinutes) {
        this.activityMinutes = activityMinutes;
    }

    public String getActivityOutcome() {
        return activityOutcome;
    }

    public void setActivityOutcome(String activityOutcome) {
        this.activityOutcome = activityOutcome;
    }

    public boolean isEditable() {
        return deal == null || deal.editable();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DealView getDeal() {
        return deal;
    }

    public List<DealEventView> getHistory() {
        return history;
    }

    public List<PipelineView> getPipelines() {
        return pipelines;
    }

    public List<StaffMember> getSellers() {
        return sellers;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public String getClientPhone() {
        return clientPhone;
    }

    public void setClientPhone(String clientPhone) {
        this.clientPhone = clientPhone;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public ClientMatch getKnownClient() {
        return knownClient;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getExpectedClose() {
        return expectedClose;
    }

    public void setExpectedClose(LocalDate expectedClose) {
        this.expectedClose = expectedClose;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
