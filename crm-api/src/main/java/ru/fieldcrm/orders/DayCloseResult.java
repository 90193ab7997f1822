package ru.fieldcrm.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A manager's closed day: how many orders it holds and their final sums together. */
public record DayCloseResult(long managerId, LocalDate day, int ordersClosed, BigDecimal total) {
}
