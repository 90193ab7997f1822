package ru.fieldcrm.sales;

import java.util.List;

/** A pipeline with its stages in board order. */
public record PipelineView(long id, String name, int position, boolean active, List<StageView> stages, long version) {

    public PipelineView {
        stages = List.copyOf(stages);
    }
}
