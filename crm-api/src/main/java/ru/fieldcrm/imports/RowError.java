package ru.fieldcrm.imports;

import java.util.List;

/**
 * Why a row of the file is not imported: the row's number as in the file (the header is row 1),
 * the field at fault (null for the whole row), the message's key in {@code ValidationMessages}
 * and its arguments. {@code message} is filled in by the boundary in the reader's language.
 */
public record RowError(int row, ImportField field, String messageKey, List<Object> arguments, String message) {

    public RowError {
        arguments = List.copyOf(arguments);
    }

    public RowError withMessage(String text) {
        return new RowError(row, field, messageKey, arguments, text);
    }
}
