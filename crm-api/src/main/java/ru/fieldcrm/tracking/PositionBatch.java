package ru.fieldcrm.tracking;

import java.util.List;

/** The body of {@code POST /api/tracking/positions}: at most {@link PositionRules#MAX_BATCH} positions. */
public record PositionBatch(List<PositionReport> positions) {
}
