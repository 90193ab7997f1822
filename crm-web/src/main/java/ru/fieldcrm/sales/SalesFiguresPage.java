package ru.fieldcrm.sales;

import jakarta.annotation.PostConstruct;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.shared.xlsx.XlsxDownload;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.StaffMember;

/**
 * «Показатели продаж»: each salesperson's calls, negotiations, deals and sums for a period (this month
 * unless chosen), the totals, the funnel of a pipeline as a chart, an Excel export; the administrator
 * also sets the month's plans here.
 */
@Named
@ViewScoped
public class SalesFiguresPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "figuresForm";

    @EJB
    SalesService sales;

    @Inject
    Formats formats;

    @Inject
    CurrentUser currentUser;

    @Inject
    SalesFiguresExport exporter;

    private LocalDate from;
    private LocalDate to;
    private Long pipelineId;
    private List<PipelineView> pipelines = List.of();
    private SalesFigures figures;
    private Map<Long, BigDecimal> planAmounts = new HashMap<>();

    @PostConstruct
    void init() {
        LocalDate today = formats.today();
        from = today.withDayOfMonth(1);
        to = today.withDayOfMonth(today.lengthOfMonth());
        pipelines = sales.pipelines();
        load();
    }

    public void load() {
        try {
            figures = sales.figures(from, to, pipelineId, null);
            if (currentUser.isAdmin()) {
                planAmounts = new HashMap<>();
                sales.plans(YearMonth.from(from)).forEach(p -> planAmounts.put(p.userId(), p.amount()));
            }
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    public void savePlans() {
        YearMonth month = YearMonth.from(from);
        List<SalesPlan> plans = new ArrayList<>();
        for (StaffMember seller : sales.sellers()) {
            BigDecimal amount = planAmounts.get(seller.id());
            plans.add(new SalesPlan(seller.id(), month, amount == null ? BigDecimal.ZERO : amount));
        }
        try {
            sales.savePlans(plans);
            Refusals.info("deals.plans.saved");
            load();
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    public void export() throws IOException {
        SalesFigures shown = figures;
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        XlsxDownload.toPage(exporter.fileName(shown, locale), out -> exporter.write(shown, locale, out));
    }

    /** The funnel as horizontal bars in the stages' colours: Chart.js's configuration for {@code p:chart}. */
    public String getFunnelChart() {
        if (figures == null) {
            return "{}";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (FunnelStep step : figures.funnel()) {
            labels.add(step.name());
            values.add(step.deals());
            colours.add(step.colour());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Texts.ui(locale, "deals.figures.funnelDeals")).add("data", values)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public String talk(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 3600, seconds % 3600 / 60);
    }

    public boolean isOneMonth() {
        return from != null && to != null && YearMonth.from(from).equals(YearMonth.from(to));
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

    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    public List<PipelineView> getPipelines() {
        return pipelines;
    }

    public SalesFigures getFigures() {
        return figures;
    }

    public Map<Long, BigDecimal> getPlanAmounts() {
        return planAmounts;
    }
}
