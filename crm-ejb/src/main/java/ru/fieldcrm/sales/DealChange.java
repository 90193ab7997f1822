package ru.fieldcrm.sales;

/**
 * What one change did to a deal, before it is written to the history. A stage move keeps the
 * stages' names as they read then and their ids, which the funnel counts.
 */
record DealChange(DealEventKind kind, String field, String oldValue, String newValue, Long fromStageId, Long toStageId) {

    static DealChange created(PipelineStage stage) {
        return new DealChange(DealEventKind.CREATED, "stage", null, stage.getName(), null, stage.getId());
    }

    static DealChange moved(PipelineStage from, PipelineStage to, String toLabel) {
        return new DealChange(DealEventKind.MOVED, "stage", from.getName(), toLabel, from.getId(), to.getId());
    }

    static DealChange linked(DealLinkKind kind, long number) {
        return new DealChange(DealEventKind.LINKED, kind.name(), null, String.valueOf(number), null, null);
    }

    static DealChange changed(String field, String from, String to) {
        return new DealChange(DealEventKind.CHANGED, field, from, to, null, null);
    }
}
