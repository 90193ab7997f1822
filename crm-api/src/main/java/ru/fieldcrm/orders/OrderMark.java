package ru.fieldcrm.orders;

/** The assigned manager's marks, each with its time: left the office, work started, finished. */
public enum OrderMark {
    LEFT_OFFICE(OrderField.LEFT_OFFICE),
    WORK_STARTED(OrderField.WORK_STARTED),
    FINISHED(OrderField.FINISHED);

    private final OrderField field;

    OrderMark(OrderField field) {
        this.field = field;
    }

    public OrderField field() {
        return field;
    }
}
