package ru.fieldcrm.imports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.LocaleSelector;

/**
 * Imports under {@code /api/imports/{clients|orders}}: a multipart form with the {@code file} and,
 * optionally, {@code sheet}, {@code encoding} ({@code UTF-8}, {@code windows-1251}),
 * {@code separator} ({@code ;} or {@code ,}), {@code columns} (the field of each column of the
 * file in order, separated by commas, empty for a column not imported: {@code NAME,PHONE,,ADDRESS})
 * and {@code mode} ({@code VALID_ROWS}, {@code ALL_OR_NOTHING}). {@code /preview} saves nothing.
 * The same service as the page, so the same rights (administrators and operators) and refusals.
 */
@Path("imports/{kind: clients|orders}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.MULTIPART_FORM_DATA)
public class ImportResource {

    @EJB
    ImportService imports;

    @Context
    HttpHeaders headers;

    @POST
    @Path("layout")
    public ImportLayout layout(@PathParam("kind") String kind, @FormParam("file") EntityPart file,
            @FormParam("sheet") String sheet, @FormParam("encoding") String encoding,
            @FormParam("separator") String separator, @FormParam("columns") String columns) {
        return imports.inspect(kind(kind), file(file), options(sheet, encoding, separator, columns, null));
    }

    @POST
    @Path("preview")
    public ImportPreview preview(@PathParam("kind") String kind, @FormParam("file") EntityPart file,
            @FormParam("sheet") String sheet, @FormParam("encoding") String encoding,
            @FormParam("separator") String separator, @FormParam("columns") String columns) {
        return ImportTexts.messages(imports.preview(kind(kind), file(file),
                options(sheet, encoding, separator, columns, null)), locale());
    }

    @POST
    public ImportResult run(@PathParam("kind") String kind, @FormParam("file") EntityPart file,
            @FormParam("sheet") String sheet, @FormParam("encoding") String encoding,
            @FormParam("separator") String separator, @FormParam("columns") String columns,
            @FormParam("mode") String mode) {
        return ImportTexts.messages(imports.run(kind(kind), file(file),
                options(sheet, encoding, separator, columns, mode)), locale());
    }

    private static ImportKind kind(String kind) {
        return ImportKind.valueOf(kind.toUpperCase(Locale.ROOT));
    }

    /** The part's bytes, read no further than one byte over the limit (the service refuses it then). */
    static ImportFile file(EntityPart part) {
        if (part == null) {
            throw new InvalidRequestException("imports.file.required", "file");
        }
        try (InputStream in = part.getContent()) {
            return new ImportFile(part.getFileName().orElse(null), in.readNBytes(ImportFile.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportOptions options(String sheet, String encoding, String separator, String columns, String mode) {
        List<ImportField> fields = null;
        if (columns != null && !columns.isBlank()) {
            fields = new ArrayList<>();
            for (String name : columns.split(",", -1)) {
                try {
                    fields.add(name.isBlank() ? null : ImportField.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("imports.column.notForKind", "columns", fields.size() + 1);
                }
            }
        }
        ImportMode chosen;
        try {
            chosen = mode == null || mode.isBlank() ? null : ImportMode.valueOf(mode.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("imports.mode.unknown", "mode");
        }
        return new ImportOptions(blankToNull(sheet), blankToNull(encoding), blankToNull(separator), fields, chosen);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("ru"))
                .findFirst().orElse(LocaleSelector.RUSSIAN);
    }
}
