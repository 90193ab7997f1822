package ru.fieldcrm.calls;

/**
 * How a call ended. An incoming call nobody answered is {@link #MISSED}, whatever the PBX calls it
 * (busy, cancelled, no answer): it is a client to call back. An outgoing call that did not reach
 * the client is {@link #BUSY}, {@link #NO_ANSWER} or {@link #FAILED}. Null while the call goes on.
 */
public enum CallResult {
    ANSWERED,
    MISSED,
    BUSY,
    NO_ANSWER,
    FAILED
}
