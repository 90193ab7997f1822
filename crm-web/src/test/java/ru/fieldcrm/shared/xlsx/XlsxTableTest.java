package ru.fieldcrm.shared.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared spreadsheet writer, read back with POI as Excel would read the file. */
class XlsxTableTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final List<XlsxColumn> COLUMNS = List.of(
            XlsxColumn.identifier("orders.field.number"),
            XlsxColumn.text("orders.field.client"),
            XlsxColumn.number("orders.totals.count"),
            XlsxColumn.money("orders.field.amount"),
            XlsxColumn.date("orders.export.visitDate"),
            XlsxColumn.dateTime("orders.export.created"),
            XlsxColumn.percent("orders.field.discount"));

    private static XSSFWorkbook write(Locale locale, String title, boolean totals, Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable table = new XlsxTable(locale, MOSCOW, "Заказы", title, COLUMNS)) {
            for (Object[] row : rows) {
                table.row(row);
            }
            if (totals) {
                table.totals();
            }
            table.writeTo(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Object[] row(long number, String client, long count, String amount, LocalDate visit, Instant created,
            String percent) {
        return new Object[] {number, client, count, new BigDecimal(amount), visit, created,
            percent == null ? null : new BigDecimal(percent)};
    }

    private static final Object[] FIRST = row(1001, "Иванов Иван", 2, "1234.50", LocalDate.of(2026, 11, 28),
            Instant.parse("2026-11-27T21:30:00Z"), "0.125");
    private static final Object[] SECOND = row(1002, "ООО «Ромашка»", 3, "100.25", LocalDate.of(2026, 11, 30),
            Instant.parse("2026-11-29T07:05:00Z"), null);

    @Test
    void numbersMoneyAndDatesAreTypedCellsWithTheirFormats() throws IOException {
        try (XSSFWorkbook book = write(RUSSIAN, "Заказы 01.11.2026–30.11.2026", true, FIRST, SECOND)) {
            XSSFSheet sheet = book.getSheet("Заказы");
            assertNotNull(sheet);
            assertEquals("Заказы 01.11.2026–30.11.2026", sheet.getRow(0).getCell(0).getStringCellValue());
            Row data = sheet.getRow(2);
            assertEquals(CellType.NUMERIC, data.getCell(0).getCellType());
            assertEquals(1001, data.getCell(0).getNumericCellValue());
            assertEquals("0", data.getCell(0).getCellStyle().getDataFormatString());
            assertEquals(CellType.STRING, data.getCell(1).getCellType());
            assertEquals("Иванов Иван", data.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, data.getCell(2).getCellType());
            assertEquals("#,##0", data.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, data.getCell(3).getCellType());
            assertEquals(1234.5, data.getCell(3).getNumericCellValue());
            assertEquals("#,##0.00\\ [$₽-419]", data.getCell(3).getCellStyle().getDataFormatString());

            XSSFCell visit = sheet.getRow(2).getCell(4);
            assertEquals(CellType.NUMERIC, visit.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(visit));
            assertEquals("dd.mm.yyyy", visit.getCellStyle().getDataFormatString());
            assertEquals(LocalDateTime.of(2026, 11, 28, 0, 0), visit.getLocalDateTimeCellValue());

            XSSFCell created = sheet.getRow(2).getCell(5);
            assertTrue(DateUtil.isCellDateFormatted(created));
            assertEquals("dd.mm.yyyy hh:mm", created.getCellStyle().getDataFormatString());
            // 21:30 UTC is half past midnight the next day in Moscow.
            assertEquals(LocalDateTime.of(2026, 11, 28, 0, 30), created.getLocalDateTimeCellValue());

            XSSFCell percent = sheet.getRow(2).getCell(6);
            assertEquals(0.125, percent.getNumericCellValue());
            assertEquals("0.0%", percent.getCellStyle().getDataFormatString());
            assertEquals(null, sheet.getRow(3).getCell(6), "a null leaves the cell empty");
        }
    }

    @Test
    void theHeaderIsBoldFrozenAndFilteredAndTheTotalsSumTheirColumns() throws IOException {
        try (XSSFWorkbook book = write(RUSSIAN, "Заказы", true, FIRST, SECOND)) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(1);
            assertEquals("Номер", header.getCell(0).getStringCellValue());
            assertEquals("Сумма", header.getCell(3).getStringCellValue());
            assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());

            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane);
            assertTrue(pane.isFreezePane());
            assertEquals(2, pane.getHorizontalSplitPosition(), "the title and the header stay in view");
            assertEquals(0, pane.getVerticalSplitPosition());

            assertEquals("A2:G4", sheet.getCTWorksheet().getAutoFilter().getRef(), "the header and the data, not the totals");

            Row totals = sheet.getRow(4);
            assertEquals("Итого", totals.getCell(0).getStringCellValue());
            assertEquals(CellType.BLANK, totals.getCell(1).getCellType());
            assertEquals(5, totals.getCell(2).getNumericCellValue());
            assertEquals(CellType.NUMERIC, totals.getCell(3).getCellType());
            assertEquals(1334.75, totals.getCell(3).getNumericCellValue(), 0.0001);
            assertEquals("#,##0.00\\ [$₽-419]", totals.getCell(3).getCellStyle().getDataFormatString());
            assertTrue(book.getFontAt(totals.getCell(3).getCellStyle().getFontIndex()).getBold());
            assertEquals(CellType.BLANK, totals.getCell(6).getCellType(), "percentages are not summed");
            assertEquals(4, sheet.getLastRowNum());
        }
    }

    @Test
    void anUncountedRowIsShownButLeftOutOfTheTotals() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable table = new XlsxTable(RUSSIAN, MOSCOW, "Заказы", null, COLUMNS)) {
            table.row(FIRST);
            table.uncountedRow(SECOND);
            table.totals();
            table.writeTo(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(((BigDecimal) SECOND[3]).doubleValue(), sheet.getRow(2).getCell(3).getNumericCellValue(), 0.001);
            Row totals = sheet.getRow(3);
            assertEquals(((Number) FIRST[2]).doubleValue(), totals.getCell(2).getNumericCellValue(), 0.001);
            assertEquals(((BigDecimal) FIRST[3]).doubleValue(), totals.getCell(3).getNumericCellValue(), 0.001);
        }
    }

    @Test
    void headersAreInTheCallersLanguage() throws IOException {
        try (XSSFWorkbook book = write(Locale.ENGLISH, null, true, FIRST)) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals("Number", header.getCell(0).getStringCellValue());
            assertEquals("Client", header.getCell(1).getStringCellValue());
            assertEquals("Visit date", header.getCell(4).getStringCellValue());
            assertEquals("Total", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "no title line: the header alone");
            assertEquals("A1:G2", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void columnsAreAsWideAsTheirLongestValueUpToALimit() throws IOException {
        String longName = "Общество с ограниченной ответственностью «Очень длинное название клиента для проверки ширины»";
        Object[] wide = row(1003, longName, 1234567, "1234567.89", LocalDate.of(2026, 11, 1), Instant.EPOCH, "1");
        try (XSSFWorkbook book = write(RUSSIAN, null, false, FIRST, wide)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(XlsxTable.MAX_WIDTH * 256, sheet.getColumnWidth(1), "a long text is capped");
            int money = sheet.getColumnWidth(3);
            assertTrue(money >= "1 234 567,89 ₽".length() * 256, "money fits: " + money);
            assertTrue(money < 20 * 256, "money is not made wide: " + money);
            int date = sheet.getColumnWidth(4);
            assertTrue(date >= ("Дата выезда".length() + 3) * 256 && date < 20 * 256, "the header fits: " + date);
            assertTrue(sheet.getColumnWidth(5) >= 16 * 256, "a date and time fits");
            assertTrue(sheet.getColumnWidth(0) >= ("Номер".length() + 3) * 256, "the header and its filter button fit");
            assertEquals(2, sheet.getLastRowNum(), "no totals asked for, none written");
        }
    }

    @Test
    void theTemporaryFileIsGoneAfterClose() throws IOException {
        File poiDir = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        int before = sheetFiles(poiDir);
        XlsxTable table = new XlsxTable(RUSSIAN, MOSCOW, "T", null, COLUMNS);
        table.row(FIRST);
        assertEquals(before + 1, sheetFiles(poiDir), "the rows go to a temporary file");
        table.close();
        assertEquals(before, sheetFiles(poiDir));
    }

    private static int sheetFiles(File dir) {
        String[] names = dir.list((d, name) -> name.startsWith("poi-sxssf-sheet"));
        return names == null ? 0 : names.length;
    }

    @Test
    void aFullSheetTakesNoMoreRows() throws IOException {
        assertEquals(1_048_574, XlsxTable.maxRows(false));
        assertEquals(1_048_573, XlsxTable.maxRows(true));
        try (XlsxTable table = new XlsxTable(RUSSIAN, MOSCOW, "T", "title", COLUMNS)) {
            assertEquals(XlsxTable.maxRows(true), table.rowsLeft());
            table.row(FIRST);
            assertEquals(XlsxTable.maxRows(true) - 1, table.rowsLeft());
            assertThrows(IllegalArgumentException.class, () -> table.row(1, "two"));
            table.totals();
            assertThrows(IllegalStateException.class, () -> table.row(SECOND));
            assertEquals(1, table.rowCount());
        }
    }

    @Test
    void theFileNameCarriesThePeriodAndTheHeaderBothForms() {
        assertEquals("Заказы 01.11.2026–30.11.2026.xlsx",
                XlsxDownload.fileName("Заказы", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertEquals("Заказы 28.11.2026.xlsx",
                XlsxDownload.fileName("Заказы", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 28)));
        assertEquals("Заказы 01.11.2026–.xlsx", XlsxDownload.fileName("Заказы", LocalDate.of(2026, 11, 1), null));
        assertEquals("Orders.xlsx", XlsxDownload.fileName("Orders", null, null));
        String header = XlsxDownload.contentDisposition("Заказы 01.11.2026–30.11.2026.xlsx");
        assertEquals("attachment; filename=\"Zakazy 01.11.2026-30.11.2026.xlsx\"; filename*=UTF-8''"
                + "%D0%97%D0%B0%D0%BA%D0%B0%D0%B7%D1%8B%2001.11.2026%E2%80%9330.11.2026.xlsx", header);
        assertFalse(XlsxDownload.ascii("Счёт \"№1\"").chars().anyMatch(c -> c > 0x7e || c == '"'));
        assertEquals("Schet _1_", XlsxDownload.ascii("Счёт «1»"));
    }
}
