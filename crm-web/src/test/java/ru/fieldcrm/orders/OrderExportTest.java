package ru.fieldcrm.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.xlsx.XlsxTable;

/** The order export's use of the service: the size check first, then batch after batch from the last row. */
class OrderExportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private final List<OrderExportRow> asked = new ArrayList<>();
    private final List<OrderQuery> queries = new ArrayList<>();

    private static OrderExportRow row(long number) {
        return new OrderExportRow(number, number, DAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
                Instant.parse("2026-11-28T07:00:00Z"), OrderStatus.ASSIGNED, "Клиент " + number, "+79165554433",
                "Москва", null, new BigDecimal("100.00"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100.00"),
                Instant.parse("2026-11-20T07:00:00Z"));
    }

    /** A service that matches {@code count} orders numbered 1…count and serves them after the row asked. */
    private OrderExport export(long count) {
        OrderExport export = new OrderExport();
        export.orders = (OrderService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {OrderService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "totals" -> new OrderTotals(count, BigDecimal.ZERO, BigDecimal.ZERO);
                    case "exportBatch" -> {
                        OrderQuery query = (OrderQuery) args[0];
                        OrderExportRow after = (OrderExportRow) args[1];
                        queries.add(query);
                        asked.add(after);
                        long from = after == null ? 1 : after.number() + 1;
                        List<OrderExportRow> batch = new ArrayList<>();
                        for (long n = from; n <= count && batch.size() < query.page().size(); n++) {
                            batch.add(row(n));
                        }
                        yield batch;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        export.formats = new Formats() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Europe/Moscow");
            }
        };
        return export;
    }

    private static OrderQuery filter() {
        return new OrderQuery(DAY, DAY.plusDays(1), Set.of(OrderStatus.ASSIGNED), 7L, null, "Ленина",
                new PageRequest(40, 25, "finalSum", false));
    }

    @Test
    void moreOrdersThanASheetHoldsAreRefusedBeforeAnyIsRead() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> export(XlsxTable.maxRows(true) + 1L).prepare(filter(), Locale.ENGLISH));
        assertEquals("orders.export.tooMany", refused.messageKey());
        assertEquals(List.of((long) XlsxTable.maxRows(true) + 1, XlsxTable.maxRows(true)), refused.arguments());
        assertEquals(List.of(), asked);
    }

    @Test
    void theFileIsReadBatchAfterBatchEachFromTheLastRowWithTheListsFilterAndSort() throws IOException {
        int count = OrderExport.BATCH * 2 + 7;
        OrderExport.Prepared prepared = export(count).prepare(filter(), Locale.forLanguageTag("ru-RU"));
        assertEquals(1, asked.size(), "the first batch is read before anything is sent");
        assertEquals("Заказы 28.11.2026–29.11.2026.xlsx", prepared.fileName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        prepared.writeTo(out);

        assertEquals(3, asked.size());
        assertNull(asked.get(0));
        assertEquals(OrderExport.BATCH, asked.get(1).number());
        assertEquals(OrderExport.BATCH * 2, asked.get(2).number());
        for (OrderQuery query : queries) {
            assertEquals(new PageRequest(0, OrderExport.BATCH, "finalSum", false), query.page());
            assertEquals(DAY, query.from());
            assertEquals(Set.of(OrderStatus.ASSIGNED), query.statuses());
            assertEquals(7L, query.managerId());
            assertEquals("Ленина", query.text());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(count + 2, sheet.getLastRowNum(), "title, header, the rows, totals");
            assertEquals(count, (long) sheet.getRow(count + 1).getCell(0).getNumericCellValue());
            assertEquals("Назначен", sheet.getRow(2).getCell(3).getStringCellValue());
            assertEquals("+7 (916) 555-44-33", sheet.getRow(2).getCell(5).getStringCellValue());
            assertEquals(100.0 * count, sheet.getRow(count + 2).getCell(11).getNumericCellValue(), 0.001);
        }
    }
}
