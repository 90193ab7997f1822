package ru.fieldcrm.imports;

/**
 * A field a file's column can fill. {@code TIME} is the visit's start, or the whole window
 * («10:00-12:00»); {@code TIME_END} its end when the file has it apart. {@code PHONE} may hold
 * several numbers (separated by commas or semicolons); so may several columns mapped to it.
 */
public enum ImportField {
    NAME,
    PHONE,
    ADDRESS,
    EMAIL,
    COMMENT,
    NUMBER,
    DATE,
    TIME,
    TIME_END,
    AMOUNT,
    MANAGER,
    DESCRIPTION,
    STATUS
}
