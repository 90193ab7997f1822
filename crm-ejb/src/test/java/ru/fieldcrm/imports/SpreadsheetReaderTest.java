package ru.fieldcrm.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.InvalidRequestException;

class SpreadsheetReaderTest {

    final SpreadsheetReader reader = new SpreadsheetReader(1024 * 1024, 100);

    static byte[] workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Справка");
            Sheet sheet = book.createSheet("Заказы");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("hh:mm"));
            Row header = sheet.createRow(0);
            String[] names = {"№", "Дата", "Время", "Клиент", "Телефон", "Сумма"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            sheet.createRow(1); // a blank row is skipped
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(17);
            row.createCell(1).setCellValue(LocalDate.of(2026, 2, 1));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(10.5 / 24);
            row.getCell(2).setCellStyle(time);
            row.createCell(3).setCellValue("Анна Смирнова");
            row.createCell(4).setCellValue("+7 916 123-45-67");
            row.createCell(5).setCellValue(1234.5);
            Row sparse = sheet.createRow(3);
            sparse.createCell(3).setCellValue("Пётр");
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheSheetsAndTheChosenSheetsCellsAsText() throws IOException {
        byte[] file = workbook();
        Table orders = reader.read(file, null, null, null);
        assertEquals(List.of("Справка", "Заказы"), orders.sheets());
        assertEquals("Заказы", orders.sheet(), "the first sheet with data");
        assertEquals("imports.file.empty",
                assertThrows(InvalidRequestException.class, () -> reader.read(file, "Справка", null, null)).messageKey());
        assertEquals(orders, reader.read(file, "Заказы", null, null));
        assertEquals("xlsx", orders.format());
        assertEquals(List.of("№", "Дата", "Время", "Клиент", "Телефон", "Сумма"), orders.headers());
        assertEquals(2, orders.rows().size());
        assertEquals(3, orders.rows().get(0).number());
        assertEquals(List.of("17", "01.02.2026", "10:30", "Анна Смирнова", "+7 916 123-45-67", "1234.5"),
                orders.rows().get(0).cells());
        assertEquals("Пётр", orders.rows().get(1).cell(3));
        assertEquals("", orders.rows().get(1).cell(0));
        assertEquals("imports.sheet.unknown",
                assertThrows(InvalidRequestException.class, () -> reader.read(file, "Нет такого", null, null)).messageKey());
    }

    static final String CSV = "ФИО;Телефон;Адрес;Комментарий\r\n"
            + "Анна Смирнова;8 916 123-45-67;\"Москва; ул. Ленина, 1\";\"две\r\nстроки\"\r\n"
            + "\r\n"
            + "Пётр Иванов;+79161112233;Тверь;\r\n";

    @Test
    void readsCsvInUtf8WithAndWithoutBomAndInWindows1251() {
        byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] cp1251 = CSV.getBytes(Charset.forName("windows-1251"));
        for (byte[] file : List.of(utf8, bom, cp1251)) {
            Table table = reader.read(file, null, null, null);
            assertEquals("csv", table.format());
            assertEquals(file == cp1251 ? "windows-1251" : "UTF-8", table.encoding());
            assertEquals(";", table.separator());
            assertEquals(List.of("ФИО", "Телефон", "Адрес", "Комментарий"), table.headers());
            assertEquals(2, table.rows().size());
            assertEquals(List.of("Анна Смирнова", "8 916 123-45-67", "Москва; ул. Ленина, 1", "две\r\nстроки"),
                    table.rows().get(0).cells());
            assertEquals(2, table.rows().get(0).number());
            assertEquals(4, table.rows().get(1).number());
        }
    }

    @Test
    void readsCsvSeparatedByCommasAndTakesOverrides() {
        String text = "Name,Phone,Address\n\"Smith, Anna\",+79161234567,\"Moscow; Lenina 1\"\n";
        Table table = reader.read(text.getBytes(StandardCharsets.UTF_8), null, null, null);
        assertEquals(",", table.separator());
        assertEquals(List.of("Smith, Anna", "+79161234567", "Moscow; Lenina 1"), table.rows().get(0).cells());
        Table forced = reader.read("Name,Phone;Address\nAnna,1;Moscow\n".getBytes(StandardCharsets.UTF_8), null, "UTF-8", ";");
        assertEquals(";", forced.separator());
        assertEquals(List.of("Name,Phone", "Address"), forced.headers());
        assertEquals("imports.file.brokenCsv", assertThrows(InvalidRequestException.class,
                () -> reader.read(text.getBytes(StandardCharsets.UTF_8), null, "UTF-8", ";")).messageKey());
        Table asCp1251 = reader.read("Имя;Телефон\nАнна;1\n".getBytes(StandardCharsets.UTF_8), null, "windows-1251", null);
        assertEquals("windows-1251", asCp1251.encoding());
    }

    static String refusal(SpreadsheetReader reader, byte[] file) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> reader.read(file, null, null, null));
        assertEquals("file", refused.field());
        return refused.messageKey();
    }

    @Test
    void refusesWhatIsNoSpreadsheet() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0};
        assertEquals("imports.file.oldExcel", refusal(reader, xls));
        assertEquals("imports.file.notSpreadsheet", refusal(reader, "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        assertEquals("imports.file.notSpreadsheet", refusal(reader, random));
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8};
        assertEquals("imports.file.notSpreadsheet", refusal(reader, brokenZip));
    }

    @Test
    void refusesEmptyFilesAndFilesWithoutData() throws IOException {
        assertEquals("imports.file.empty", refusal(reader, new byte[0]));
        assertEquals("imports.file.empty", refusal(reader, "\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("imports.file.noRows", refusal(reader, "ФИО;Телефон\r\n".getBytes(StandardCharsets.UTF_8)));
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Пусто");
            book.write(out);
            assertEquals("imports.file.empty", refusal(reader, out.toByteArray()));
        }
    }

    @Test
    void refusesFilesOverTheLimits() throws IOException {
        SpreadsheetReader small = new SpreadsheetReader(2 * 1024 * 1024, 3);
        InvalidRequestException big = assertThrows(InvalidRequestException.class,
                () -> small.read(new byte[2 * 1024 * 1024 + 1], null, null, null));
        assertEquals("imports.file.tooLarge", big.messageKey());
        assertEquals(List.of(2, 3), big.arguments());
        String rows = "Имя;Телефон\n" + "Анна;1\n".repeat(4);
        assertEquals("imports.file.tooManyRows", refusal(small, rows.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, small.read(("Имя;Телефон\n" + "Анна;1\n".repeat(3)).getBytes(StandardCharsets.UTF_8),
                null, null, null).rows().size());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Много");
            for (int i = 0; i < 5; i++) {
                sheet.createRow(i).createCell(0).setCellValue("строка " + i);
            }
            book.write(out);
            assertEquals("imports.file.tooManyRows", refusal(small, out.toByteArray()));
        }
    }

    @Test
    void refusesAZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertEquals("imports.file.zipBomb", refusal(new SpreadsheetReader(10 * 1024 * 1024, 100), bytes.toByteArray()));
    }

    @Test
    void detectsEncodingAndSeparator() {
        assertEquals("UTF-8", SpreadsheetReader.detectEncoding("Привет".getBytes(StandardCharsets.UTF_8)));
        assertEquals("windows-1251", SpreadsheetReader.detectEncoding("Привет".getBytes(Charset.forName("windows-1251"))));
        assertEquals(",", SpreadsheetReader.detectSeparator("a,b,\"c;d;e\"\nx;y;z;w"));
        assertEquals(";", SpreadsheetReader.detectSeparator("a;b;\"c,d,e\"\n"));
    }
}
