package ru.fieldcrm.shared.xlsx;

/**
 * A column of an exported table: its header (a key of the UI bundle), the kind of its values, and
 * whether the totals row sums it (numbers and money do unless told otherwise).
 *
 * <p>Values per kind: {@code TEXT} anything (written as its {@code toString}); {@code NUMBER} and
 * {@code MONEY} a {@link Number} ({@code IDENTIFIER} too: a number without thousands separators
 * and never summed, such as an order's number); {@code DATE} a {@link java.time.LocalDate}; {@code DATE_TIME} an
 * {@link java.time.Instant} (shown in the table's time zone), a {@link java.time.LocalDateTime} or
 * an {@link java.time.OffsetDateTime}; {@code PERCENT} a fraction ({@code 0.125} shows 12,5 %).
 * {@code null} leaves the cell empty.
 */
public record XlsxColumn(String headerKey, Kind kind, boolean total) {

    public enum Kind {
        TEXT, NUMBER, IDENTIFIER, MONEY, DATE, DATE_TIME, PERCENT
    }

    public static XlsxColumn text(String headerKey) {
        return new XlsxColumn(headerKey, Kind.TEXT, false);
    }

    /** Whole numbers, summed in the totals row. */
    public static XlsxColumn number(String headerKey) {
        return new XlsxColumn(headerKey, Kind.NUMBER, true);
    }

    /** A number that names something (an order's number): no thousands separators, no total. */
    public static XlsxColumn identifier(String headerKey) {
        return new XlsxColumn(headerKey, Kind.IDENTIFIER, false);
    }

    /** Roubles, summed in the totals row. */
    public static XlsxColumn money(String headerKey) {
        return new XlsxColumn(headerKey, Kind.MONEY, true);
    }

    public static XlsxColumn date(String headerKey) {
        return new XlsxColumn(headerKey, Kind.DATE, false);
    }

    public static XlsxColumn dateTime(String headerKey) {
        return new XlsxColumn(headerKey, Kind.DATE_TIME, false);
    }

    public static XlsxColumn percent(String headerKey) {
        return new XlsxColumn(headerKey, Kind.PERCENT, false);
    }

    /** The same column left out of the totals row (an order's number is not summed). */
    public XlsxColumn withoutTotal() {
        return new XlsxColumn(headerKey, kind, false);
    }
}
