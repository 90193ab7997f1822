package ru.fieldcrm.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.users.StaffMember;

/**
 * «Продажи»: the deals of a pipeline on a board, one column per stage with its count and total, or
 * as a list; filtered by salesperson and by the period the deals were created in. A card is dragged
 * (mouse or finger) to another column; into the lost column only with a reason, asked for in a
 * dialog. The service decides whether the caller may move the deal; a refusal is shown and the
 * board drawn again as it is.
 */
@Named
@ViewScoped
public class DealBoard implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "dealsForm";
    /** How far back the won and lost columns reach when no period is chosen. */
    static final int CLOSED_DAYS = 30;

    /** A stage's column: its deals, how many and how much. */
    public record Column(StageView stage, List<DealView> deals, BigDecimal total) {

        public int count() {
            return deals.size();
        }
    }

    @EJB
    SalesService sales;

    @Inject
    Formats formats;

    private List<PipelineView> pipelines = List.of();
    private Long pipelineId;
    private Long responsibleId;
    private LocalDate from;
    private LocalDate to;
    private boolean listView;
    private List<Column> columns = List.of();
    private List<DealView> deals = List.of();
    private List<StaffMember> sellers = List.of();
    private List<LostReasonView> reasons = List.of();
    private Long lostDealId;
    private Long lostDealVersion;
    private Long lostStageId;
    private Long lostReasonId;
    private String lostComment;

    @PostConstruct
    void init() {
        pipelines = sales.pipelines();
        sellers = sales.sellers();
        reasons = sales.lostReasons().stream().filter(LostReasonView::active).toList();
        pipelineId = pipelines.isEmpty() ? null : pipelines.get(0).id();
        load();
    }

    public void load() {
        PipelineView pipeline = pipeline();
        if (pipeline == null) {
            columns = List.of();
            deals = List.of();
            return;
        }
        // Without a period the won and lost columns hold the last 30 days' deals, as the open ones
        // would otherwise drown in a year of closed ones.
        LocalDate closedSince = from == null && to == null ? formats.today().minusDays(CLOSED_DAYS) : null;
        deals = sales.deals(new DealFilter(pipeline.id(), responsibleId, from, to, false, closedSince));
        List<Column> built = new ArrayList<>();
        for (StageView stage : pipeline.stages()) {
            List<DealView> in = deals.stream().filter(d -> d.stageId() == stage.id()).toList();
            built.add(new Column(stage, in, in.stream().map(DealView::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        columns = built;
    }

    public int getClosedDays() {
        return CLOSED_DAYS;
    }

    private PipelineView pipeline() {
        return pipelines.stream().filter(p -> pipelineId != null && p.id() == pipelineId).findFirst().orElse(null);
    }

    /** A card was dropped on a column ({@code deal}, {@code version}, {@code stage} in the request). */
    public void move() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            sales.move(Long.parseLong(request.get("deal")), Long.parseLong(request.get("version")),
                    new DealMove(Long.parseLong(request.get("stage")), null, null));
        } catch (NumberFormatException e) {
            // A forged request: nothing to move.
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
        load();
    }

    /** A card was dropped on the lost column: the dialog asks why before anything moves. */
    public void askWhyLost() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            lostDealId = Long.parseLong(request.get("deal"));
            lostDealVersion = Long.parseLong(request.get("version"));
            lostStageId = Long.parseLong(request.get("stage"));
        } catch (NumberFormatException e) {
            lostDealId = null;
        }
        lostReasonId = null;
        lostComment = null;
    }

    public void confirmLost() {
        if (lostDealId == null) {
            return;
        }
        try {
            sales.move(lostDealId, lostDealVersion, new DealMove(lostStageId, lostReasonId, lostComment));
            org.primefaces.PrimeFaces.current().executeScript("PF('lostDialog').hide()");
            lostDealId = null;
        } catch (RuntimeException e) {
            Refusals.show(e, FORM, path -> "lostReasonId".equals(path) ? "lostReason" : path);
        }
        load();
    }

    public List<PipelineView> getPipelines() {
        return pipelines;
    }

    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isListView() {
        return listView;
    }

    public void setListView(boolean listView) {
        this.listView = listView;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<DealView> getDeals() {
        return deals;
    }

    public BigDecimal getTotal() {
        return deals.stream().map(DealView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<StaffMember> getSellers() {
        return sellers;
    }

    public List<LostReasonView> getReasons() {
        return reasons;
    }

    public Long getLostReasonId() {
        return lostReasonId;
    }

    public void setLostReasonId(Long lostReasonId) {
        this.lostReasonId = lostReasonId;
    }

    public String getLostComment() {
        return lostComment;
    }

    public void setLostComment(String lostComment) {
        this.lostComment = lostComment;
    }
}
