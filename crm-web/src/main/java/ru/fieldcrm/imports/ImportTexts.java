package ru.fieldcrm.imports;

import java.util.List;
import java.util.Locale;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Texts;

/** The row errors of an import with their messages in the reader's language. */
final class ImportTexts {

    private ImportTexts() {
    }

    static RowError message(RowError error, Locale locale) {
        return error.withMessage(Texts.of(new InvalidRequestException(error.messageKey(),
                error.field() == null ? null : error.field().name(), error.arguments().toArray()), locale));
    }

    static List<RowError> messages(List<RowError> errors, Locale locale) {
        return errors.stream().map(e -> message(e, locale)).toList();
    }

    static ImportPreview messages(ImportPreview preview, Locale locale) {
        return new ImportPreview(preview.layout(),
                preview.rows().stream().map(r -> new ImportRow(r.row(), r.values(), r.present(),
                        messages(r.errors(), locale))).toList(),
                preview.valid(), preview.present(), preview.invalid(), messages(preview.errors(), locale));
    }

    static ImportResult messages(ImportResult result, Locale locale) {
        return new ImportResult(result.kind(), result.mode(), result.applied(), result.created(), result.present(),
                result.failed(), messages(result.errors(), locale));
    }
}
