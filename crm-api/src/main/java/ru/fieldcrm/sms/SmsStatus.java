package ru.fieldcrm.sms;

/**
 * A message's state in the outbox.
 * <ul>
 * <li>{@code SCHEDULED}: waits until it is due (a delay, quiet hours or a retry after a transient failure);</li>
 * <li>{@code SENDING}: an instance has claimed it and is handing it to the gateway;</li>
 * <li>{@code SENT}: the gateway accepted it, delivery not yet known;</li>
 * <li>{@code DELIVERED} / {@code UNDELIVERED}: what the gateway reported about delivery;</li>
 * <li>{@code FAILED}: refused for good (invalid number, no money, rejected text, too many attempts);</li>
 * <li>{@code DROPPED}: the status changed again before it was due and the template says to drop it;</li>
 * <li>{@code JOURNALED}: recorded only, the journal gateway sends nothing;</li>
 * <li>{@code UNCERTAIN}: the server stopped while the gateway was answering and that gateway cannot
 * be asked whether it took the message: it is not sent again by itself (an administrator decides).</li>
 * </ul>
 */
public enum SmsStatus {
    SCHEDULED,
    SENDING,
    SENT,
    DELIVERED,
    UNDELIVERED,
    FAILED,
    DROPPED,
    JOURNALED,
    UNCERTAIN;

    /** Whether an administrator may send the message again (as a new message). */
    public boolean mayResend() {
        return this == FAILED || this == UNDELIVERED || this == UNCERTAIN || this == DROPPED;
    }
}
