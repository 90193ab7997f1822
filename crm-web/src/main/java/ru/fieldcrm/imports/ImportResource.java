package ru.fieldcrm.imports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
    public ImportLayout layout(@PathParam("kind") String kind, List<EntityPart> parts) throws IOException {
        Form form = Form.of(parts);
        return imports.inspect(kind(kind), form.file(), form.options());
    }

    @POST
    @Path("preview")
    public ImportPreview preview(@PathParam("kind") String kind, List<EntityPart> parts) throws IOException {
        Form form = Form.of(parts);
        return ImportTexts.messages(imports.preview(kind(kind), form.file(), form.options()), locale());
    }

    @POST
    public ImportResult run(@PathParam("kind") String kind, List<EntityPart> parts) throws IOException {
        Form form = Form.of(parts);
        return ImportTexts.messages(imports.run(kind(kind), form.file(), form.options()), locale());
    }

    /**
     * The parts of the form, read whole (the file no further than one byte over the limit, which
     * the service then refuses). The parts are taken as a list, not one {@code @FormParam} each:
     * Jersey fails on an optional part that a {@code @FormParam} names and the form leaves out.
     */
    record Form(ImportFile file, Map<String, String> fields) {

        static Form of(List<EntityPart> parts) throws IOException {
            ImportFile file = null;
            Map<String, String> fields = new HashMap<>();
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                try (InputStream in = part.getContent()) {
                    if (part.getName().equals("file")) {
                        file = new ImportFile(part.getFileName().map(Form::utf8).orElse(null),
                                in.readNBytes(ImportFile.MAX_BYTES + 1));
                    } else if (FIELDS.contains(part.getName())) {
                        fields.put(part.getName(), new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8));
                    }
                }
            }
            if (file == null) {
                throw new InvalidRequestException("imports.file.required", "file");
            }
            return new Form(file, fields);
        }

        /**
         * The file's name as the browser sent it: browsers write it in UTF-8, the multipart reader
         * takes its bytes as ISO-8859-1 («Ð·Ð°ÐºÐ°Ð·Ñ.xlsx» for «заказы.xlsx»); a name whose bytes
         * are valid UTF-8 is read again as UTF-8.
         */
        static String utf8(String name) {
            if (name.chars().anyMatch(c -> c > 0xFF)) {
                return name;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return name;
            }
        }

        ImportOptions options() {
            return ImportResource.options(fields.get("sheet"), fields.get("encoding"), fields.get("separator"),
                    fields.get("columns"), fields.get("mode"));
        }
    }

    private static final Set<String> FIELDS = Set.of("sheet", "encoding", "separator", "columns", "mode");

    private static ImportKind kind(String kind) {
        return ImportKind.valueOf(kind.toUpperCase(Locale.ROOT));
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
