package ru.fieldcrm.imports;

import java.util.EnumSet;
import java.util.Set;

/** What a file is imported as, and the fields its columns may be mapped to. */
public enum ImportKind {
    CLIENTS(EnumSet.of(ImportField.NAME, ImportField.PHONE, ImportField.ADDRESS, ImportField.EMAIL,
            ImportField.COMMENT)),
    ORDERS(EnumSet.of(ImportField.NUMBER, ImportField.DATE, ImportField.TIME, ImportField.TIME_END,
            ImportField.NAME, ImportField.PHONE, ImportField.ADDRESS, ImportField.AMOUNT, ImportField.MANAGER,
            ImportField.DESCRIPTION, ImportField.COMMENT, ImportField.STATUS));

    private final Set<ImportField> fields;

    ImportKind(Set<ImportField> fields) {
        this.fields = fields;
    }

    public Set<ImportField> fields() {
        return EnumSet.copyOf(fields);
    }

    public boolean takes(ImportField field) {
        return fields.contains(field);
    }
}
