package ru.fieldcrm.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import ru.fieldcrm.shared.InvalidRequestException;

/**
 * Reads an uploaded file as a {@link Table}, or refuses it with a message that tells the user what
 * to do. The format is told by the bytes, never by the name: a zip is read as .xlsx with POI's
 * streaming (SAX) reader, sheet by sheet, so a big workbook is never held as a whole; an OLE2 file
 * is an old .xls; text is CSV, in UTF-8 (with or without BOM) when its bytes are valid UTF-8, else
 * in Windows-1251, separated by {@code ;} or {@code ,} whichever the header line has more of.
 */
final class SpreadsheetReader {

    static final String XLSX = "xlsx";
    static final String CSV = "csv";
    static final String UTF_8 = "UTF-8";
    static final String WINDOWS_1251 = "windows-1251";
    static final String FIELD = "file";

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = {0x25, 0x50, 0x44, 0x46};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final int maxBytes;
    private final int maxRows;

    SpreadsheetReader(int maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /**
     * The file as a table. {@code sheet}, {@code encoding} and {@code separator} override what
     * would be chosen (the first sheet with anything in it, the detected encoding and separator);
     * null leaves it.
     */
    Table read(byte[] content, String sheet, String encoding, String separator) {
        if (content == null || content.length == 0) {
            throw refusal("imports.file.empty");
        }
        if (content.length > maxBytes) {
            throw refusal("imports.file.tooLarge", maxBytes / (1024 * 1024), maxRows);
        }
        Table table;
        if (startsWith(content, ZIP)) {
            table = readXlsx(content, sheet);
        } else if (startsWith(content, OLE2)) {
            throw refusal("imports.file.oldExcel");
        } else if (startsWith(content, PDF) || !looksLikeText(content)) {
            throw refusal("imports.file.notSpreadsheet");
        } else {
            table = readCsv(content, encoding, separator);
        }
        if (table.headers().stream().allMatch(String::isBlank)) {
            throw refusal("imports.file.empty");
        }
        if (table.rows().isEmpty()) {
            throw refusal("imports.file.noRows");
        }
        return table;
    }

    private InvalidRequestException refusal(String key, Object... arguments) {
        return new InvalidRequestException(key, FIELD, arguments);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Text has no control characters but tabs and line ends (a binary file has plenty). */
    private static boolean looksLikeText(byte[] content) {
        int sample = Math.min(content.length, 64 * 1024);
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- CSV

    static String detectEncoding(byte[] content) {
        if (startsWith(content, BOM)) {
            return UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1251;
        }
    }

    /** The separator the header line (outside quotes) has more of; {@code ;} when tied (Russian Excel's). */
    static String detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? "," : ";";
    }

    private Table readCsv(byte[] content, String encoding, String separator) {
        String charset = encoding == null ? detectEncoding(content) : encoding;
        int skip = charset.equals(UTF_8) && startsWith(content, BOM) ? BOM.length : 0;
        String text = new String(content, skip, content.length - skip, Charset.forName(charset));
        String delimiter = separator == null ? detectSeparator(text) : separator;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        List<String> headers = null;
        List<Table.TableRow> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(cell.strip()));
                int number = (int) record.getRecordNumber();
                if (headers == null) {
                    if (cells.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    headers = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new Table.TableRow(number, cells));
                    if (rows.size() > maxRows) {
                        throw refusal("imports.file.tooManyRows", maxRows, maxBytes / (1024 * 1024));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw refusal("imports.file.brokenCsv");
        }
        return new Table(CSV, List.of(), null, charset, delimiter, headers == null ? List.of() : headers, rows);
    }

    // ---------------------------------------------------------------- XLSX

    private Table readXlsx(byte[] content, String wanted) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            Table table = null;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (table == null && (wanted == null || wanted.isBlank() || wanted.equals(name))) {
                        table = readSheet(name, sheet, strings, styles);
                        if (table.headers().isEmpty() && (wanted == null || wanted.isBlank())) {
                            // Without a choice, the first sheet that has anything in it.
                            table = null;
                        }
                    }
                }
            }
            if (names.isEmpty()) {
                throw refusal("imports.file.empty");
            }
            if (table == null && (wanted == null || wanted.isBlank())) {
                throw refusal("imports.file.empty");
            }
            if (table == null) {
                throw new InvalidRequestException("imports.sheet.unknown", "sheet", wanted);
            }
            return new Table(XLSX, names, table.sheet(), null, null, table.headers(), table.rows());
        } catch (InvalidRequestException e) {
            throw e;
        } catch (IOException e) {
            if (isZipBomb(e)) {
                throw refusal("imports.file.zipBomb");
            }
            throw refusal("imports.file.notSpreadsheet");
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw refusal("imports.file.notSpreadsheet");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw refusal("imports.file.zipBomb");
            }
            throw refusal("imports.file.notSpreadsheet");
        }
    }

    private static boolean isZipBomb(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE")
                    || message.contains("max entry size") || message.contains("inflate ratio"))) {
                return true;
            }
        }
        return false;
    }

    /** A sheet too big to read whole: thrown out of the SAX handler at the row after the limit. */
    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private Table readSheet(String name, InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles)
            throws IOException, SAXException, ParserConfigurationException {
        Rows rows = new Rows(maxRows);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new CellText(), false));
        try {
            parser.parse(new InputSource(sheet));
        } catch (TooManyRows e) {
            throw refusal("imports.file.tooManyRows", maxRows, maxBytes / (1024 * 1024));
        }
        return new Table(XLSX, List.of(), name, null, null, rows.headers == null ? List.of() : rows.headers, rows.rows);
    }

    /** Collects the rows the streaming reader hands over; the first non-blank one is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        List<String> headers;
        final List<Table.TableRow> rows = new ArrayList<>();
        private List<String> cells;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            if (headers == null) {
                headers = cells;
            } else {
                rows.add(new Table.TableRow(rowNum + 1, cells));
                if (rows.size() > maxRows) {
                    throw new TooManyRows();
                }
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size()
                    : new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String text = formattedValue == null ? "" : formattedValue.strip();
            if (cells.size() == column) {
                cells.add(text);
            } else {
                cells.set(column, text);
            }
        }
    }

    /**
     * The text of a cell as the importer reads it, whatever its display format: numbers plain
     * ({@code 1234.5}), dates {@code dd.MM.yyyy}, times {@code HH:mm}, both together for a date
     * with a time. Excel keeps dates as numbers with a date format; this tells them apart.
     */
    static final class CellText extends DataFormatter {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904, true);
                if (value < 1) {
                    return at.format(TIME);
                }
                boolean wholeDay = at.toLocalTime().toSecondOfDay() == 0;
                return wholeDay ? at.format(DATE) : at.format(DATE) + " " + at.format(TIME);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
