package ru.fieldcrm.imports;

import java.util.List;

/**
 * What an import did: rows turned into new clients or orders, rows already present (skipped),
 * rows that failed with their reasons. With {@link ImportMode#ALL_OR_NOTHING} and a failing row,
 * {@code applied} is false and nothing was saved.
 */
public record ImportResult(ImportKind kind, ImportMode mode, boolean applied, int created, int present, int failed,
        List<RowError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }
}
