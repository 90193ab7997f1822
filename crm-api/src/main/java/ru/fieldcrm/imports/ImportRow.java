package ru.fieldcrm.imports;

import java.util.List;
import java.util.Map;

/**
 * One row of the preview: its number in the file, the values as they will be imported (by field,
 * already normalized: a phone in E.164, a date as dd.MM.yyyy), whether the client is already
 * known (then the row of a clients import is skipped) and the row's problems.
 */
public record ImportRow(int row, Map<ImportField, String> values, boolean present, List<RowError> errors) {

    public ImportRow {
        values = Map.copyOf(values);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
