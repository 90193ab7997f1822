package ru.fieldcrm.imports;

import java.util.List;

/**
 * The file's rows as they would be imported: the layout, the first rows ({@code rows}, at most
 * {@link #SHOWN}), and over the whole file the counts of rows that are valid, already present and
 * invalid, with every row error.
 */
public record ImportPreview(ImportLayout layout, List<ImportRow> rows, int valid, int present, int invalid,
        List<RowError> errors) {

    public static final int SHOWN = 200;

    public ImportPreview {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
