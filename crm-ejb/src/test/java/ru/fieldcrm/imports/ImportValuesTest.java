package ru.fieldcrm.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.orders.OrderStatus;

class ImportValuesTest {

    @Test
    void readsRussianAndIsoDates() {
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), ImportValues.date("01.02.2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), ImportValues.date("1.2.26"));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), ImportValues.date(" 2026-02-01 "));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), ImportValues.date("01.02.2026 10:30"));
        assertTrue(ImportValues.date("31.02.2026").isEmpty());
        assertTrue(ImportValues.date("завтра").isEmpty());
        assertTrue(ImportValues.date("").isEmpty());
    }

    @Test
    void readsTimesAndWindows() {
        assertEquals(Optional.of(LocalTime.of(9, 30)), ImportValues.time("9.30"));
        assertEquals(Optional.of(LocalTime.of(10, 0)), ImportValues.time("10:00"));
        assertTrue(ImportValues.time("25:00").isEmpty());
        assertArrayEquals(new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(12, 0)},
                ImportValues.window("10:00-12:00").orElseThrow());
        assertArrayEquals(new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(12, 30)},
                ImportValues.window("с 10.00 до 12.30").orElseThrow());
        assertTrue(ImportValues.window("10:00").isEmpty());
    }

    @Test
    void readsAmountsAsTheCompanyWritesThem() {
        assertEquals(Optional.of(new BigDecimal("1234.50")), ImportValues.amount("1 234,50"));
        assertEquals(Optional.of(new BigDecimal("1234.50")), ImportValues.amount("1234.5 ₽"));
        assertEquals(Optional.of(new BigDecimal("1234.00")), ImportValues.amount("1\u00A0234 руб."));
        assertEquals(Optional.of(new BigDecimal("1234.50")), ImportValues.amount("1,234.50"));
        assertEquals(Optional.of(new BigDecimal("500.00")), ImportValues.amount("500"));
        assertTrue(ImportValues.amount("-5").isEmpty());
        assertTrue(ImportValues.amount("12,345").isEmpty());
        assertTrue(ImportValues.amount("дорого").isEmpty());
        assertTrue(ImportValues.amount("1.2.3").isEmpty());
    }

    @Test
    void splitsPhonesAndReadsStatuses() {
        assertEquals(List.of("+7 916 123-45-67", "8 (495) 111-22-33"), ImportValues.phones("+7 916 123-45-67; 8 (495) 111-22-33"));
        assertEquals(Optional.of(OrderStatus.NEW), ImportValues.status("Новый"));
        assertEquals(Optional.of(OrderStatus.ASSIGNED), ImportValues.status(" назначен "));
        assertEquals(Optional.of(OrderStatus.CANCELLED), ImportValues.status("Отменён"));
        assertTrue(ImportValues.status("что-то").isEmpty());
    }

    @Test
    void guessesColumnsFromRussianAndEnglishHeaders() {
        assertEquals(Arrays.asList(ImportField.NUMBER, ImportField.DATE, ImportField.TIME, ImportField.NAME,
                        ImportField.PHONE, ImportField.ADDRESS, ImportField.AMOUNT, ImportField.MANAGER,
                        ImportField.COMMENT, null),
                ColumnGuess.guess(ImportKind.ORDERS, List.of("№", "Дата выезда", "Время", "Клиент", "Телефон клиента",
                        "Адрес клиента", "Сумма, ₽", "Менеджер", "Комментарий", "Прочее")));
        assertEquals(Arrays.asList(ImportField.NAME, ImportField.PHONE, ImportField.PHONE, ImportField.ADDRESS, null),
                ColumnGuess.guess(ImportKind.CLIENTS, List.of("ФИО", "Номер телефона", "Phone 2", "Address", "Сумма")));
        assertEquals(Arrays.asList(ImportField.NAME, ImportField.COMMENT, null),
                ColumnGuess.guess(ImportKind.CLIENTS, List.of("Name", "Notes", "Имя")));
    }
}
