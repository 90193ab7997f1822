package ru.fieldcrm.orders;

/**
 * The life of an order: Новый → Назначен → Выехал → В работе → Выполнен → Закрыт, or Отменён.
 * Assigning a manager makes it Назначен, the manager's marks move it on, closing the manager's day
 * closes it.
 */
public enum OrderStatus {
    NEW,
    ASSIGNED,
    LEFT_OFFICE,
    IN_PROGRESS,
    DONE,
    CLOSED,
    CANCELLED;

    /** Closed and cancelled orders take no more marks. */
    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }
}
