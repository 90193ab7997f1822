package ru.fieldcrm.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stage of a pipeline, owned by it. */
@Entity
@Table(name = "pipeline_stage")
@SequenceGenerator(name = "pipeline_stage_seq", sequenceName = "pipeline_stage_seq", allocationSize = 50)
public class PipelineStage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pipeline_stage_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pipeline_id")
    private Pipeline pipeline;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 7)
    private String colour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private StageOutcome outcome;

    protected PipelineStage() {
    }

    PipelineStage(Pipeline pipeline, StageForm form, int position) {
        this.pipeline = pipeline;
        change(form, position);
    }

    void change(StageForm form, int position) {
        this.name = form.name().strip();
        this.colour = form.colour().toLowerCase(java.util.Locale.ROOT);
        this.outcome = form.outcome();
        this.position = position;
    }

    StageView toView() {
        return new StageView(id, name, position, colour, outcome);
    }

    public Long getId() {
        return id;
    }

    public Pipeline getPipeline() {
        return pipeline;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public StageOutcome getOutcome() {
        return outcome;
    }
}
