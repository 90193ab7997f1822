package ru.fieldcrm.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import ru.fieldcrm.shared.Money;

/**
 * The office's part of an order, checked and computed: the phone in E.164, the visit window also
 * as instants, the amount from the lines (or as given), the discount resolved against its type.
 */
public record OfficePart(
        long clientId,
        String contactPhone,
        SiteAddress site,
        LocalDate visitDate,
        LocalTime windowStart,
        LocalTime windowEnd,
        Instant visitStart,
        Instant visitEnd,
        String description,
        List<OrderLineEntry> lines,
        Money amount,
        AppliedDiscount discount,
        Long managerId,
        String comment) {

    public OfficePart {
        lines = List.copyOf(lines);
        description = blankToNull(description);
        comment = blankToNull(comment);
    }

    /**
     * The office's part of a form: the client and the phone (in E.164) as resolved, the address as
     * the crew reads it, the visit window also as instants in the company's time zone.
     */
    public static OfficePart of(OrderForm form, long clientId, String contactPhone, List<OrderLineEntry> lines,
            Money amount, AppliedDiscount discount, ZoneId zone) {
        return new OfficePart(clientId, contactPhone,
                new SiteAddress(form.address(), form.entrance(), form.floor(), form.apartment(), form.intercom()),
                form.visitDate(), form.windowStart(), form.windowEnd(),
                form.visitDate().atTime(form.windowStart()).atZone(zone).toInstant(),
                form.visitDate().atTime(form.windowEnd()).atZone(zone).toInstant(),
                form.description(), lines, amount, discount, form.managerId(), form.comment());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    String visitText() {
        return visitDate + " " + windowStart + "-" + windowEnd;
    }

    /** The lines and the amount in one line of text, for the history. */
    String linesText() {
        String items = lines.stream()
                .map(l -> l.name() + " | " + l.quantity().stripTrailingZeros().toPlainString()
                        + (l.unit() == null ? "" : " " + l.unit()) + " | " + l.price().toPlainString()
                        + (l.serviceItemId() == null ? "" : " | #" + l.serviceItemId()))
                .collect(Collectors.joining("; "));
        return (items.isEmpty() ? "" : items + " ") + "= " + amount;
    }
}
