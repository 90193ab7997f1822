package ru.fieldcrm.sales;

import java.time.Instant;

/** An order or a site assessment made from a deal: its id and readable number. */
public record DealLinkView(DealLinkKind kind, long id, long number, Instant linkedAt) {
}
