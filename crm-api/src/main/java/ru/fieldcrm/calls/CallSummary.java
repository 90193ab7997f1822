package ru.fieldcrm.calls;

import java.time.Instant;

/**
 * A call as the log shows it: numbers in E.164 (or as the PBX gave them when they are not numbers).
 *
 * @param recording whether the call has a recording that the reader may play, through
 *                  {@link CallService#recording}: the PBX's links expire and need the account's key,
 *                  so none is given here
 */
public record CallSummary(
        long id,
        PbxKind pbx,
        CallDirection direction,
        String clientPhone,
        String ourNumber,
        String extension,
        Long userId,
        String userName,
        Long clientId,
        String clientName,
        Long orderId,
        Long orderNumber,
        Instant startedAt,
        Instant answeredAt,
        Instant endedAt,
        Integer durationSeconds,
        CallResult result,
        boolean recording) {
}
