package ru.fieldcrm.imports;

import java.util.List;

/**
 * A file read as a table: its format, the sheets of a workbook and the one read, the encoding
 * and separator of a CSV file, the header line and the data rows (blank rows left out).
 */
record Table(String format, List<String> sheets, String sheet, String encoding, String separator,
        List<String> headers, List<TableRow> rows) {

    /** One data row: its number as in the file (the header is 1) and its cells as text. */
    record TableRow(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
