package ru.fieldcrm.imports;

/** What happens to a file with rows that fail. */
public enum ImportMode {
    /** The valid rows are imported; the others are reported. */
    VALID_ROWS,
    /** Nothing is imported when any row fails. */
    ALL_OR_NOTHING
}
