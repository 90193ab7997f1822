package ru.fieldcrm.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mapping of columns last used for a kind of import, by header: the next file with the same
 * headers is offered the same fields, one with other headers gets the known ones and guesses the rest.
 */
@Entity
@Table(name = "import_mapping")
public class ImportMapping {

    private static final int MAX_TEXT = 8000;

    @Id
    @Column(length = 16)
    private String kind;

    /** One line per column: the header (lower case), a tab, the field's name or nothing. */
    @Column(nullable = false, length = MAX_TEXT)
    private String columns;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by")
    private Long savedBy;

    @Version
    private long version;

    protected ImportMapping() {
    }

    ImportMapping(ImportKind kind) {
        this.kind = kind.name();
    }

    /** Remembers the columns of a file; headers beyond what fits are left out. */
    void remember(List<String> headers, List<ImportField> fields, Long userId, Instant now) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            String header = key(headers.get(i));
            ImportField field = i < fields.size() ? fields.get(i) : null;
            String line = header + "\t" + (field == null ? "" : field.name()) + "\n";
            if (header.isEmpty() || text.length() + line.length() > MAX_TEXT) {
                continue;
            }
            text.append(line);
        }
        columns = text.toString();
        savedAt = now;
        savedBy = userId;
    }

    /** The remembered field of each header: present with null for a column that was not imported. */
    Map<String, ImportField> byHeader() {
        Map<String, ImportField> byHeader = new LinkedHashMap<>();
        for (String line : columns.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String field = line.substring(tab + 1);
            try {
                byHeader.put(line.substring(0, tab), field.isEmpty() ? null : ImportField.valueOf(field));
            } catch (IllegalArgumentException e) {
                byHeader.put(line.substring(0, tab), null);
            }
        }
        return byHeader;
    }

    /** The remembered fields for these headers; a header never seen gets the guess. */
    List<ImportField> apply(ImportKind kind, List<String> headers) {
        Map<String, ImportField> known = byHeader();
        List<ImportField> guessed = ColumnGuess.guess(kind, headers);
        List<ImportField> fields = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = key(headers.get(i));
            fields.add(known.containsKey(header) ? known.get(header) : guessed.get(i));
        }
        return fields;
    }

    static String key(String header) {
        String text = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) : text.replace('\t', ' ');
    }
}
