package ru.fieldcrm.imports;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An uploaded file: its name (for the history of imported orders) and its bytes. */
public record ImportFile(
        @Size(max = 255, message = "{imports.fileName.tooLong}") String name,
        @NotNull(message = "{imports.file.required}") byte[] content) {

    /** The largest file taken, in bytes (10 MB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most data rows a file may have. */
    public static final int MAX_ROWS = 50_000;
}
