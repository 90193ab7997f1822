package ru.fieldcrm.shared.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.shared.Texts;

/**
 * One table written to an {@code .xlsx} file as its rows come: Apache POI's SXSSF keeps a window
 * of {@value #WINDOW} rows in memory and writes the rest to a compressed temporary file, so a
 * table of a million rows costs no more heap than one of a hundred. {@link #close()} deletes the
 * temporary file; use it in try-with-resources.
 *
 * <p>The sheet: an optional title line (e.g. the period), the header row in bold (texts from the
 * UI bundle in the caller's language), frozen and with an auto-filter, then the rows, then an
 * optional totals row in bold with the sums of the columns that have a total. Numbers and money are
 * numeric cells, dates real Excel dates ({@code dd.mm.yyyy}, {@code dd.mm.yyyy hh:mm}), money in
 * roubles ({@code #,##0.00 ₽}: Excel shows the thousands separator of the reader's locale, a space
 * in Russian). Column widths follow the longest value written (SXSSF cannot measure rows that have
 * left the window), at most {@value #MAX_WIDTH} characters.
 */
public final class XlsxTable implements AutoCloseable {

    /** The rows of an Excel sheet. */
    public static final int EXCEL_ROWS = 1_048_576;

    static final String DATE_FORMAT = "dd.mm.yyyy";
    static final String DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";
    /** Excel's Russian rouble format; the {@code [$₽-419]} tag is how Excel itself writes it. */
    static final String MONEY_FORMAT = "#,##0.00\\ [$₽-419]";
    static final String NUMBER_FORMAT = "#,##0";
    static final String PERCENT_FORMAT = "0.0%";
    static final int MAX_WIDTH = 60;

    private static final int WINDOW = 200;
    private static final int MIN_WIDTH = 6;
    /** Room for the auto-filter's button beside a header. */
    private static final int FILTER_BUTTON = 3;

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final List<XlsxColumn> columns;
    private final Locale locale;
    private final ZoneId zone;
    private final CellStyle[] styles;
    private final CellStyle[] totalStyles;
    private final int[] widths;
    private final BigDecimal[] sums;
    private final int headerRow;
    private int nextRow;
    private boolean totalsWritten;

    /**
     * @param locale the language of the headers and of the totals' label
     * @param zone where instants are shown (the company's time zone)
     * @param sheetName the sheet's name (cut to Excel's 31 characters, forbidden characters replaced)
     * @param titleLine a line above the header (what and which period), or {@code null} for none
     * @param columns the columns, left to right
     */
    public XlsxTable(Locale locale, ZoneId zone, String sheetName, String titleLine, List<XlsxColumn> columns) {
        this.columns = List.copyOf(columns);
        this.locale = locale;
        this.zone = zone;
        workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            int count = this.columns.size();
            styles = new CellStyle[count];
            totalStyles = new CellStyle[count];
            widths = new int[count];
            sums = new BigDecimal[count];
            DataFormat formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            for (int i = 0; i < count; i++) {
                XlsxColumn column = this.columns.get(i);
                styles[i] = workbook.createCellStyle();
                String format = format(column.kind());
                if (format != null) {
                    styles[i].setDataFormat(formats.getFormat(format));
                }
                totalStyles[i] = workbook.createCellStyle();
                totalStyles[i].cloneStyleFrom(styles[i]);
                totalStyles[i].setFont(bold);
                totalStyles[i].setBorderTop(BorderStyle.THIN);
                if (column.total()) {
                    sums[i] = BigDecimal.ZERO;
                }
            }
            if (titleLine != null && !titleLine.isBlank()) {
                CellStyle titleStyle = workbook.createCellStyle();
                Font big = workbook.createFont();
                big.setBold(true);
                big.setFontHeightInPoints((short) 13);
                titleStyle.setFont(big);
                Cell title = sheet.createRow(nextRow++).createCell(0);
                title.setCellValue(titleLine);
                title.setCellStyle(titleStyle);
            }
            headerRow = nextRow++;
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headerStyle.setBorderBottom(BorderStyle.THIN);
            Row header = sheet.createRow(headerRow);
            for (int i = 0; i < count; i++) {
                String text = Texts.ui(locale, this.columns.get(i).headerKey());
                Cell cell = header.createCell(i);
                cell.setCellValue(text);
                cell.setCellStyle(headerStyle);
                widths[i] = Math.max(MIN_WIDTH, text.length() + 1 + FILTER_BUTTON);
            }
            sheet.createFreezePane(0, headerRow + 1);
        } catch (RuntimeException e) {
            workbook.dispose();
            throw e;
        }
    }

    private static String format(XlsxColumn.Kind kind) {
        return switch (kind) {
            case TEXT -> null;
            case NUMBER -> NUMBER_FORMAT;
            case IDENTIFIER -> "0";
            case MONEY -> MONEY_FORMAT;
            case DATE -> DATE_FORMAT;
            case DATE_TIME -> DATE_TIME_FORMAT;
            case PERCENT -> PERCENT_FORMAT;
        };
    }

    /** How many data rows still fit in the sheet, leaving a row for the totals. */
    public int rowsLeft() {
        return EXCEL_ROWS - nextRow - (totalsWritten ? 0 : 1);
    }

    /** The most data rows a table with these rows above its data can hold, with its totals row. */
    public static int maxRows(boolean withTitleLine) {
        return EXCEL_ROWS - (withTitleLine ? 1 : 0) - 1 - 1;
    }

    /**
     * Writes a row: one value per column, in the columns' order.
     *
     * @throws IllegalStateException when the sheet is full (check {@link #maxRows} before an export)
     *         or the totals are already written
     */
    public void row(Object... values) {
        write(true, values);
    }

    /**
     * Writes a row that the totals row leaves out: shown as it is, counted in no sum (a cancelled
     * order's amount, which the order list's totals do not count either).
     */
    public void uncountedRow(Object... values) {
        write(false, values);
    }

    private void write(boolean counted, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " values, got " + values.length);
        }
        if (totalsWritten || rowsLeft() <= 0) {
            throw new IllegalStateException("The sheet takes no more rows");
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            XlsxColumn column = columns.get(i);
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles[i]);
            write(cell, column.kind(), value);
            if (counted && sums[i] != null) {
                sums[i] = sums[i].add(decimal(value));
            }
            widths[i] = Math.max(widths[i], width(column.kind(), value));
        }
    }

    /** Writes the totals row: the label in the first column without a total, the sums under theirs. */
    public void totals() {
        if (totalsWritten) {
            throw new IllegalStateException("The totals are already written");
        }
        totalsWritten = true;
        Row row = sheet.createRow(nextRow++);
        boolean labelled = false;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(totalStyles[i]);
            if (sums[i] != null) {
                cell.setCellValue(sums[i].doubleValue());
                widths[i] = Math.max(widths[i], width(columns.get(i).kind(), sums[i]));
            } else if (!labelled) {
                String label = Texts.ui(locale, "export.totals");
                cell.setCellValue(label);
                widths[i] = Math.max(widths[i], label.length() + 2);
                labelled = true;
            }
        }
    }

    /** The number of data rows written so far. */
    public int rowCount() {
        return nextRow - headerRow - 1 - (totalsWritten ? 1 : 0);
    }

    /** Sets the widths and the auto-filter and writes the file; the table takes no more rows. */
    public void writeTo(OutputStream out) throws IOException {
        int lastDataRow = nextRow - 1 - (totalsWritten ? 1 : 0);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastDataRow), 0, columns.size() - 1));
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, widths[i] + 1) * 256);
        }
        totalsWritten = true;
        nextRow = EXCEL_ROWS;
        workbook.write(out);
    }

    /** Deletes the temporary file. */
    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }

    private void write(Cell cell, XlsxColumn.Kind kind, Object value) {
        switch (kind) {
            case TEXT -> cell.setCellValue(String.valueOf(value));
            case NUMBER, IDENTIFIER, MONEY, PERCENT -> cell.setCellValue(((Number) value).doubleValue());
            case DATE -> cell.setCellValue((LocalDate) value);
            case DATE_TIME -> cell.setCellValue(localDateTime(value));
        }
    }

    private LocalDateTime localDateTime(Object value) {
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return BigDecimal.valueOf(((Number) value).longValue());
    }

    /** The characters the value takes as Excel shows it. */
    private static int width(XlsxColumn.Kind kind, Object value) {
        return switch (kind) {
            case TEXT -> longestLine(String.valueOf(value));
            case NUMBER -> grouped(decimal(value).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString());
            case IDENTIFIER -> decimal(value).toPlainString().length();
            case MONEY -> Money.format(decimal(value)).length();
            case DATE -> DATE_FORMAT.length();
            case DATE_TIME -> DATE_TIME_FORMAT.length();
            case PERCENT -> decimal(value).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP)
                    .toPlainString().length() + 1;
        } + 1;
    }

    private static int grouped(String digits) {
        int length = digits.startsWith("-") ? digits.length() - 1 : digits.length();
        return digits.length() + (length - 1) / 3;
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
