package ru.fieldcrm.imports;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Refusals;

/**
 * The import wizard: upload a file, choose its sheet (or its encoding and separator), map its
 * columns to fields (the remembered or guessed mapping is offered), preview the rows with their
 * problems, choose what to do with failing rows, import, see the result. Every step is one call of
 * {@link ImportService}, which checks the caller's role; the page only holds the file between steps.
 */
@Named
@ViewScoped
public class ImportWizard implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String FORM = "importForm";

    @EJB
    ImportService imports;

    private String kindName = "clients";
    private ImportKind kind = ImportKind.CLIENTS;
    private transient Part upload;
    private String fileName;
    private byte[] content;
    private ImportLayout layout;
    private String sheet;
    private String encoding;
    private String separator;
    private List<Column> columns = new ArrayList<>();
    private ImportPreview preview;
    private ImportMode mode = ImportMode.VALID_ROWS;
    private ImportResult result;

    /** One column of the file and the field chosen for it. */
    public static final class Column implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private final int index;
        private final String header;
        private ImportField field;

        Column(int index, String header, ImportField field) {
            this.index = index;
            this.header = header;
            this.field = field;
        }

        public int getIndex() {
            return index;
        }

        public String getHeader() {
            return header;
        }

        public ImportField getField() {
            return field;
        }

        public void setField(ImportField field) {
            this.field = field;
        }
    }

    /** The kind from the address ({@code ?kind=orders}); anything else is the clients' import. */
    public void load() {
        kind = "orders".equals(kindName) ? ImportKind.ORDERS : ImportKind.CLIENTS;
        kindName = kind.name().toLowerCase(Locale.ROOT);
    }

    public String uploadFile() {
        if (upload == null || upload.getSize() == 0 && (upload.getSubmittedFileName() == null
                || upload.getSubmittedFileName().isBlank())) {
            return Refusals.show(new InvalidRequestException("imports.file.required", "file"), FORM);
        }
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes(ImportFile.MAX_BYTES + 1);
            fileName = ImportResource.Form.utf8(upload.getSubmittedFileName() == null ? "" : upload.getSubmittedFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheet = null;
        encoding = null;
        separator = null;
        return readLayout(null);
    }

    /** The sheet, encoding or separator changed: the file is read again and the mapping offered anew. */
    public String reread() {
        return readLayout(null);
    }

    private String readLayout(List<ImportField> given) {
        preview = null;
        result = null;
        try {
            ImportLayout read = imports.inspect(kind, file(), new ImportOptions(sheet, encoding, separator, given, null));
            layout = read;
            sheet = read.sheet();
            encoding = read.encoding();
            separator = read.separator();
            columns = new ArrayList<>();
            for (int i = 0; i < read.headers().size(); i++) {
                columns.add(new Column(i, read.headers().get(i), read.columns().get(i)));
            }
        } catch (RuntimeException e) {
            if (layout == null) {
                content = null;
            }
            return Refusals.show(e, FORM);
        }
        return null;
    }

    public String showPreview() {
        result = null;
        try {
            preview = ImportTexts.messages(imports.preview(kind, file(), options()), locale());
        } catch (RuntimeException e) {
            preview = null;
            return Refusals.show(e, FORM);
        }
        return null;
    }

    public String runImport() {
        try {
            result = ImportTexts.messages(imports.run(kind, file(), options()), locale());
            preview = null;
        } catch (RuntimeException e) {
            return Refusals.show(e, FORM);
        }
        return null;
    }

    /** Starts again with another file. */
    public String restart() {
        content = null;
        fileName = null;
        layout = null;
        preview = null;
        result = null;
        columns = new ArrayList<>();
        return null;
    }

    private ImportFile file() {
        return new ImportFile(fileName, content);
    }

    private ImportOptions options() {
        return new ImportOptions(sheet, encoding, separator, columns.stream().map(Column::getField).toList(), mode);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The fields this kind of import fills, in the order a select offers them. */
    public List<ImportField> getFields() {
        return List.of(ImportField.values()).stream().filter(kind::takes).toList();
    }

    /** The fields chosen for some column, in the order of the fields: the preview's columns. */
    public List<ImportField> getMappedFields() {
        return getFields().stream().filter(f -> columns.stream().anyMatch(c -> c.getField() == f)).toList();
    }

    public List<ImportMode> getModes() {
        return List.of(ImportMode.values());
    }

    public List<String> getEncodings() {
        return List.of("UTF-8", "windows-1251");
    }

    public List<String> getSeparators() {
        return List.of(";", ",");
    }

    public String getStep() {
        if (result != null) {
            return "result";
        }
        if (preview != null) {
            return "preview";
        }
        return layout != null ? "map" : "upload";
    }

    public boolean isCsv() {
        return layout != null && "csv".equals(layout.format());
    }

    public boolean isWorkbook() {
        return layout != null && "xlsx".equals(layout.format());
    }

    public String getKindName() {
        return kindName;
    }

    public void setKindName(String kindName) {
        this.kindName = kindName;
    }

    public ImportKind getKind() {
        return kind;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportLayout getLayout() {
        return layout;
    }

    public String getSheet() {
        return sheet;
    }

    public void setSheet(String sheet) {
        this.sheet = sheet;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    public String getSeparator() {
        return separator;
    }

    public void setSeparator(String separator) {
        this.separator = separator;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public ImportResult getResult() {
        return result;
    }
}
