package ru.fieldcrm.imports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Imports of clients and orders from .xlsx and .csv files, for administrators and operators.
 *
 * <p>A file that cannot be read is refused whole ({@link ru.fieldcrm.shared.InvalidRequestException}
 * on the field {@code file}): not a spreadsheet (an old .xls, a PDF, anything else), empty or with
 * no data rows, over {@link ImportFile#MAX_BYTES} or {@link ImportFile#MAX_ROWS}, a packed file that
 * unpacks to far more than its size. Every row is checked with the same rules as a card or an order
 * made by hand; a row whose phone belongs to a known client is "already present" in a clients
 * import; an order already imported (the same number in the file, or the same date, time, phone,
 * address and amount) is never imported twice. Imported orders are written to their history and
 * send no SMS to the client. The run is audited (counts and the file's size, never its content).
 */
public interface ImportService {

    /** The file's layout with the mapping offered for it: the remembered one or a guess. */
    ImportLayout inspect(@NotNull ImportKind kind, @NotNull @Valid ImportFile file, @Valid ImportOptions options);

    /** The rows as they would be imported, with the problems of each; nothing is saved. */
    ImportPreview preview(@NotNull ImportKind kind, @NotNull @Valid ImportFile file, @Valid ImportOptions options);

    /** Imports the file in the options' mode and remembers its mapping for the next file of the kind. */
    ImportResult run(@NotNull ImportKind kind, @NotNull @Valid ImportFile file, @Valid ImportOptions options);
}
