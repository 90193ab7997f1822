package ru.fieldcrm.imports;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How to read a file and what to do with it; every part may be left out. {@code sheet}: the
 * sheet of a workbook (the first one by default); {@code encoding} of a CSV file ({@code UTF-8} or
 * {@code windows-1251}, detected by default); {@code separator} of a CSV file ({@code ;} or
 * {@code ,}, detected from the header line by default); {@code columns}: for each column of the
 * file, the field it fills (null: not imported), the remembered or guessed mapping by default.
 */
public record ImportOptions(
        @Size(max = 200) String sheet,
        @Pattern(regexp = "UTF-8|windows-1251", message = "{imports.encoding.unknown}") String encoding,
        @Pattern(regexp = "[;,]", message = "{imports.separator.unknown}") String separator,
        @Size(max = 200, message = "{imports.columns.tooMany}") List<ImportField> columns,
        ImportMode mode) {

    public ImportOptions {
        columns = columns == null ? null : Collections.unmodifiableList(new ArrayList<>(columns));
    }

    public static ImportOptions detected() {
        return new ImportOptions(null, null, null, null, null);
    }

    public ImportMode modeOrDefault() {
        return mode == null ? ImportMode.VALID_ROWS : mode;
    }
}
