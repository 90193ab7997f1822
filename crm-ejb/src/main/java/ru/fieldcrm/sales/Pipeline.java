package ru.fieldcrm.sales;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;

/**
 * A sales pipeline: named stages in board order, the open ones first, then exactly one won and one
 * lost stage that end a deal. Its stages are replaced as a whole from the administrator's form; a
 * stage that still holds a deal cannot be dropped.
 */
@Entity
@Table(name = "pipeline")
@SequenceGenerator(name = "pipeline_seq", sequenceName = "pipeline_seq", allocationSize = 50)
public class Pipeline {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pipeline_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @OneToMany(mappedBy = "pipeline", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PipelineStage> stages = new ArrayList<>();

    @Version
    private long version;

    protected Pipeline() {
    }

    public Pipeline(PipelineForm form, int position) {
        this.position = position;
        change(form, Set.of());
    }

    /** The name as uniqueness sees it. */
    public static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Takes the form's name and stages: a stage with an id keeps it (and its deals), a new one is
     * added, one left out is removed — refused when {@code occupied} says a deal is in it.
     */
    public void change(PipelineForm form, Set<Long> occupied) {
        checkShape(form.stages());
        Map<Long, PipelineStage> existing = new HashMap<>();
        stages.forEach(s -> existing.put(s.getId(), s));
        for (int i = 0; i < form.stages().size(); i++) {
            Long id = form.stages().get(i).id();
            if (id != null && !existing.containsKey(id)) {
                throw new InvalidRequestException("sales.stage.notInPipeline", "stages[" + i + "].id");
            }
        }
        Set<Long> kept = new java.util.HashSet<>();
        form.stages().stream().map(StageForm::id).filter(java.util.Objects::nonNull).forEach(kept::add);
        for (PipelineStage stage : stages) {
            if (!kept.contains(stage.getId()) && occupied.contains(stage.getId())) {
                throw new InvalidRequestException("sales.stage.hasDeals", "stages", stage.getName());
            }
        }
        List<PipelineStage> next = new ArrayList<>();
        for (int i = 0; i < form.stages().size(); i++) {
            StageForm stage = form.stages().get(i);
            PipelineStage row = stage.id() == null ? new PipelineStage(this, stage, i) : existing.get(stage.id());
            row.change(stage, i);
            next.add(row);
        }
        stages.retainAll(next);
        for (PipelineStage stage : next) {
            if (!stages.contains(stage)) {
                stages.add(stage);
            }
        }
        stages.sort(java.util.Comparator.comparingInt(PipelineStage::getPosition));
        name = form.name().strip().replaceAll("\\s+", " ");
        nameKey = keyOf(name);
        active = form.active();
    }

    /** Open stages first, then one won and one lost stage; names unique within the pipeline. */
    static void checkShape(List<StageForm> stages) {
        long won = stages.stream().filter(s -> s.outcome() == StageOutcome.WON).count();
        long lost = stages.stream().filter(s -> s.outcome() == StageOutcome.LOST).count();
        if (won != 1 || lost != 1) {
            throw new InvalidRequestException("sales.pipeline.endStages", "stages");
        }
        int firstEnd = indexOf(stages, s -> s.outcome().ends());
        if (stages.subList(firstEnd, stages.size()).stream().anyMatch(s -> !s.outcome().ends()) || firstEnd == 0) {
            throw new InvalidRequestException("sales.pipeline.openFirst", "stages");
        }
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            if (!names.add(keyOf(stages.get(i).name()))) {
                throw new InvalidRequestException("sales.stage.nameRepeated", "stages[" + i + "].name", stages.get(i).name().strip());
            }
        }
    }

    private static int indexOf(List<StageForm> stages, Predicate<StageForm> test) {
        for (int i = 0; i < stages.size(); i++) {
            if (test.test(stages.get(i))) {
                return i;
            }
        }
        return stages.size();
    }

    /** The stage of this pipeline with the id; another pipeline's stage is refused. */
    public PipelineStage stage(long stageId, String field) {
        return stages.stream().filter(s -> Long.valueOf(stageId).equals(s.getId())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("sales.stage.notInPipeline", field));
    }

    /** Where a new deal starts when the form names no stage. */
    public PipelineStage firstStage() {
        return stages.stream().findFirst().orElseThrow(() -> new NotFoundException("sales.pipeline.notFound"));
    }

    PipelineView toView() {
        return new PipelineView(id, name, position, active, stages.stream().map(PipelineStage::toView).toList(), version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public List<PipelineStage> getStages() {
        return stages;
    }

    public long getVersion() {
        return version;
    }
}
