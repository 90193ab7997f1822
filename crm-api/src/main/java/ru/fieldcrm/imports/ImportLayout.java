package ru.fieldcrm.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a file turned out to be: {@code format} {@code xlsx} or {@code csv}; the sheets of a
 * workbook and the one read; the encoding and separator of a CSV file; the header line; for each
 * column the field it fills (given, remembered from the last import of this kind, or guessed from
 * its header; null: not imported); the number of data rows.
 */
public record ImportLayout(
        String format,
        List<String> sheets,
        String sheet,
        String encoding,
        String separator,
        List<String> headers,
        List<ImportField> columns,
        int rows) {

    public ImportLayout {
        sheets = List.copyOf(sheets);
        headers = List.copyOf(headers);
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }
}
