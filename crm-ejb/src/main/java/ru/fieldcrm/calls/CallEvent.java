package ru.fieldcrm.calls;

import java.time.Instant;

/**
 * One event of a call as an adapter read it from the PBX's request. {@code key} names the event
 * among all of the PBX's events (a replay has the same key); fields the event does not carry are
 * null.
 *
 * @param extension the user's extension the event names (rung, answered, calling)
 * @param recordingUrl where the call's recording is, when the PBX gives a lasting link (the generic PBX)
 * @param recordingId the PBX's name of the call's recording, for which a link is asked when it is
 *                    played (Zadarma's {@code call_id_with_rec}, Mango Office's {@code recording_id})
 */
public record CallEvent(Kind kind, String key, String pbxCallId, CallDirection direction, String clientPhone,
        String ourNumber, String extension, Instant at, Integer durationSeconds, CallResult result,
        String recordingUrl, String recordingId) {

    public enum Kind {
        /** The call begins: an incoming call rings, an outgoing one is dialled. */
        START,
        ANSWER,
        END,
        /** The recording of the call can be had. */
        RECORD
    }
}
