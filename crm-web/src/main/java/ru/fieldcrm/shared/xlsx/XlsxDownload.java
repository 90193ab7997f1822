package ru.fieldcrm.shared.xlsx;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The name of a downloaded spreadsheet and the header that gives it to the browser:
 * {@code Заказы 01.11.2026–30.11.2026.xlsx}, sent with an ASCII fallback ({@code filename}, the
 * name transliterated) for old clients and the exact name as RFC 5987 {@code filename*} in UTF-8.
 */
public final class XlsxDownload {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] CYRILLIC = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private XlsxDownload() {
    }

    /**
     * {@code what from–to.xlsx}; an open end is left out ({@code Заказы –30.11.2026.xlsx},
     * {@code Заказы 01.11.2026–.xlsx}), no period at all gives {@code Заказы.xlsx}; one day is
     * named once.
     */
    public static String fileName(String what, LocalDate from, LocalDate to) {
        return what + period(from, to).map(p -> " " + p).orElse("") + ".xlsx";
    }

    /** {@code 01.11.2026–30.11.2026}, or one date for a single day; empty without a period. */
    public static java.util.Optional<String> period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return java.util.Optional.empty();
        }
        if (from != null && from.equals(to)) {
            return java.util.Optional.of(DATE.format(from));
        }
        return java.util.Optional.of((from == null ? "" : DATE.format(from)) + "–" + (to == null ? "" : DATE.format(to)));
    }

    /** What writes a file's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A spreadsheet as the answer to a JAX-RS request: an attachment with this name, written as it streams. */
    public static Response response(String fileName, Body body) {
        StreamingOutput stream = body::writeTo;
        return Response.ok(stream, MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName)).build();
    }

    /**
     * Sends a spreadsheet as the answer to the current JSF request (a page's download button, not
     * ajax) and completes the response.
     */
    public static void toPage(String fileName, Body body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(MEDIA_TYPE);
        external.setResponseHeader("Content-Disposition", contentDisposition(fileName));
        body.writeTo(external.getResponseOutputStream());
        faces.responseComplete();
    }

    /** The {@code Content-Disposition} of an attachment with this name. */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** The name in printable ASCII: Russian letters transliterated, dashes plain, the rest '_'. */
    static String ascii(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower >= 'а' && lower <= 'я' || lower == 'ё') {
                String latin = lower == 'ё' ? "e" : CYRILLIC[lower - 'а'];
                out.append(c != lower && !latin.isEmpty()
                        ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
            } else if (c == '–' || c == '—') {
                out.append('-');
            } else if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                out.append(c);
            } else {
                out.append('_');
            }
        }
        return out.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other byte of UTF-8 as %XX. */
    static String rfc5987(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
