package ru.fieldcrm.sales;

/** What one change did to a deal, before it is written to the history. */
record DealChange(DealEventKind kind, String field, String oldValue, String newValue) {

    static DealChange created(String stage) {
        return new DealChange(DealEventKind.CREATED, "stage", null, stage);
    }

    static DealChange moved(String from, String to) {
        return new DealChange(DealEventKind.MOVED, "stage", from, to);
    }

    static DealChange linked(DealLinkKind kind, long number) {
        return new DealChange(DealEventKind.LINKED, kind.name(), null, String.valueOf(number));
    }

    static DealChange changed(String field, String from, String to) {
        return new DealChange(DealEventKind.CHANGED, field, from, to);
    }
}
