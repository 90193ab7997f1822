package ru.fieldcrm.sms;

import java.time.Instant;

/**
 * One message of the log. {@code orderId}/{@code orderNumber} or {@code assessmentId}/
 * {@code assessmentNumber} name what it is about (neither for a test message, whose trigger is
 * null). {@code errorCode} and {@code errorText} are the gateway's (or the CRM's own reason, such
 * as an invalid number) for a failure or the last transient one.
 */
public record SmsMessageSummary(
        long id,
        SmsTrigger trigger,
        Long orderId,
        Long orderNumber,
        Long assessmentId,
        Long assessmentNumber,
        String phone,
        String text,
        int parts,
        SmsStatus status,
        SmsGatewayKind gateway,
        String gatewayMessageId,
        int attempts,
        String errorCode,
        String errorText,
        Instant createdAt,
        Instant dueAt,
        Instant sentAt,
        Instant deliveredAt) {
}
