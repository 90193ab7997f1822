package ru.fieldcrm.sales;

import java.time.Instant;

/** An entry of a deal's history: created, moved (old and new stage names), a field changed. */
public record DealEventView(Instant at, String actorLogin, DealEventKind kind, String field, String oldValue,
        String newValue) {
}
