package ru.fieldcrm.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ru.fieldcrm.shared.Refusals;

/**
 * The administrator's sales settings: whether salespeople see one another's deals, and the
 * pipelines — a name, and stages in board order with their colour and meaning (working, won, lost),
 * added, removed and moved up or down before the whole pipeline is saved.
 */
@Named
@ViewScoped
public class SalesSettingsEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "salesSettingsForm";

    /** A stage as edited on the page. */
    public static final class Stage implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private final Long id;
        private String name;
        private String colour;
        private StageOutcome outcome;

        Stage(Long id, String name, String colour, StageOutcome outcome) {
            this.id = id;
            this.name = name;
            this.colour = colour;
            this.outcome = outcome;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getColour() {
            return colour;
        }

        /** {@code #rrggbb}; the picker may send it without the {@code #}. */
        public void setColour(String colour) {
            this.colour = colour == null || colour.isBlank() ? null : "#" + colour.strip().replace("#", "");
        }

        public StageOutcome getOutcome() {
            return outcome;
        }

        public void setOutcome(StageOutcome outcome) {
            this.outcome = outcome;
        }

        StageForm form() {
            return new StageForm(id, name, colour, outcome);
        }
    }

    /** A lost reason as edited on the page. */
    public static final class Reason implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private final long id;
        private final long version;
        private final long used;
        private String name;
        private boolean active;

        Reason(LostReasonView view) {
            this.id = view.id();
            this.version = view.version();
            this.used = view.used();
            this.name = view.name();
            this.active = view.active();
        }

        public long getId() {
            return id;
        }

        public long getUsed() {
            return used;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @EJB
    SalesService sales;

    private List<Reason> reasons = List.of();
    private String newReason;

    private SalesSettings settings;
    private boolean seeAll;
    private List<PipelineView> pipelines = List.of();
    private Long editingId;
    private long editingVersion;
    private String name;
    private boolean active = true;
    private List<Stage> stages = new ArrayList<>();

    @PostConstruct
    void init() {
        settings = sales.settings();
        seeAll = settings.salesSeeAllDeals();
        pipelines = sales.pipelines();
        loadReasons();
        if (!pipelines.isEmpty()) {
            edit(pipelines.get(0));
        } else {
            startNew();
        }
    }

    public void saveVisibility() {
        try {
            settings = sales.saveSettings(new SalesSettings(seeAll, settings.version()));
            Refusals.info("deals.settings.saved");
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    private void loadReasons() {
        reasons = new ArrayList<>(sales.lostReasons().stream().map(Reason::new).toList());
    }

    /** Adds the reason typed under the list, offered at once. */
    public void addReason() {
        try {
            sales.addLostReason(new LostReasonForm(newReason, true));
            newReason = null;
            loadReasons();
            Refusals.info("deals.reasons.saved");
        } catch (RuntimeException e) {
            Refusals.show(e, FORM, path -> isReasonName(path) ? "newReason" : path);
        }
    }

    /** Saves the reason's name and whether it is offered. */
    public void saveReason(Reason reason) {
        try {
            sales.updateLostReason(reason.id, reason.version, new LostReasonForm(reason.name, reason.active));
            loadReasons();
            Refusals.info("deals.reasons.saved");
        } catch (RuntimeException e) {
            // The name's message stands by the name in the reason's own row.
            int row = reasons.indexOf(reason);
            Refusals.show(e, FORM, path -> isReasonName(path) ? "reasonList[" + row + "].reasonName" : path);
        }
    }

    private static boolean isReasonName(String path) {
        return "form.name".equals(path) || "name".equals(path);
    }

    public List<Reason> getReasons() {
        return reasons;
    }

    public String getNewReason() {
        return newReason;
    }

    public void setNewReason(String newReason) {
        this.newReason = newReason;
    }

    public void edit(PipelineView pipeline) {
        editingId = pipeline.id();
        editingVersion = pipeline.version();
        name = pipeline.name();
        active = pipeline.active();
        stages = new ArrayList<>(pipeline.stages().stream()
                .map(s -> new Stage(s.id(), s.name(), s.colour(), s.outcome())).toList());
    }

    public void startNew() {
        editingId = null;
        name = null;
        active = true;
        stages = new ArrayList<>(List.of(new Stage(null, null, "#64b5f6", StageOutcome.OPEN),
                new Stage(null, null, "#81c784", StageOutcome.WON), new Stage(null, null, "#e57373", StageOutcome.LOST)));
    }

    public void addStage() {
        int firstEnd = (int) stages.stream().takeWhile(s -> s.getOutcome() == StageOutcome.OPEN).count();
        stages.add(firstEnd, new Stage(null, null, "#90a4ae", StageOutcome.OPEN));
    }

    public void removeStage(Stage stage) {
        stages.remove(stage);
    }

    public void moveUp(Stage stage) {
        int index = stages.indexOf(stage);
        if (index > 0) {
            Collections.swap(stages, index, index - 1);
        }
    }

    public void moveDown(Stage stage) {
        int index = stages.indexOf(stage);
        if (index >= 0 && index < stages.size() - 1) {
            Collections.swap(stages, index, index + 1);
        }
    }

    public void savePipeline() {
        PipelineForm form = new PipelineForm(name, active, stages.stream().map(Stage::form).toList());
        try {
            PipelineView saved = editingId == null ? sales.createPipeline(form)
                    : sales.updatePipeline(editingId, editingVersion, form);
            pipelines = sales.pipelines();
            edit(saved);
            Refusals.info("deals.pipeline.saved");
        } catch (RuntimeException e) {
            Refusals.show(e, FORM, path -> path.startsWith("form.") ? path.substring("form.".length()) : path);
        }
    }

    public List<StageOutcome> getOutcomes() {
        return List.of(StageOutcome.values());
    }

    public boolean isSeeAll() {
        return seeAll;
    }

    public void setSeeAll(boolean seeAll) {
        this.seeAll = seeAll;
    }

    public List<PipelineView> getPipelines() {
        return pipelines;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<Stage> getStages() {
        return stages;
    }
}
