package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PhoneCallTest {

    static final Instant T0 = Instant.parse("2025-03-01T07:15:00Z");

    static CallEvent event(CallEvent.Kind kind, CallDirection direction, String extension, Instant at,
            Integer duration, CallResult result) {
        return new CallEvent(kind, "c/" + kind, "c", direction, "+79161234567", "+74951234567", extension, at,
                duration, result, kind == CallEvent.Kind.RECORD ? "https://pbx.example/rec/1.mp3" : null);
    }

    static PhoneCall started(CallDirection direction) {
        CallEvent start = event(CallEvent.Kind.START, direction, "101", T0, null, null);
        PhoneCall call = PhoneCall.begin(PbxKind.GENERIC, start, T0.plusSeconds(1));
        call.apply(start);
        return call;
    }

    @Test
    void anIncomingCallNobodyAnswersIsMissedWhateverThePbxCallsIt() {
        PhoneCall call = started(CallDirection.INCOMING);
        call.apply(event(CallEvent.Kind.END, null, null, T0.plusSeconds(30), 0, CallResult.BUSY));
        assertEquals(CallResult.MISSED, call.result());
        assertEquals(T0.plusSeconds(30), call.endedAt());
    }

    @Test
    void theExtensionThatAnswersOwnsTheCall() {
        PhoneCall call = started(CallDirection.INCOMING);
        call.apply(event(CallEvent.Kind.ANSWER, null, "102", T0.plusSeconds(5), null, null));
        call.apply(event(CallEvent.Kind.END, null, "101", T0.plusSeconds(65), 60, null));
        assertEquals("102", call.extension());
        assertEquals(CallResult.ANSWERED, call.result());
        assertEquals(60, call.durationSeconds());
    }

    @Test
    void anOutgoingCallNotAnsweredIsNoAnswerAndTheFirstResultStays() {
        PhoneCall call = started(CallDirection.OUTGOING);
        call.apply(event(CallEvent.Kind.END, null, null, T0.plusSeconds(20), 0, CallResult.MISSED));
        assertEquals(CallResult.NO_ANSWER, call.result());
        call.apply(event(CallEvent.Kind.END, null, null, T0.plusSeconds(40), 10, CallResult.ANSWERED));
        assertEquals(CallResult.NO_ANSWER, call.result());
        assertEquals(T0.plusSeconds(20), call.endedAt());
    }

    @Test
    void eventsInAnyOrderFillTheCall() {
        CallEvent end = event(CallEvent.Kind.END, CallDirection.INCOMING, "101", T0.plusSeconds(60), 55,
                CallResult.ANSWERED);
        PhoneCall call = PhoneCall.begin(PbxKind.GENERIC, end, T0.plusSeconds(61));
        call.apply(end);
        call.apply(event(CallEvent.Kind.START, CallDirection.INCOMING, "101", T0, null, null));
        call.apply(event(CallEvent.Kind.RECORD, null, null, null, null, null));
        assertEquals(T0, call.startedAt());
        assertEquals(CallResult.ANSWERED, call.result());
        assertEquals("https://pbx.example/rec/1.mp3", call.recordingUrl());
    }

    @Test
    void aRecordingOfAnUnknownCallBeginsNone() {
        assertNull(PhoneCall.begin(PbxKind.GENERIC, event(CallEvent.Kind.RECORD, null, null, null, null, null), T0));
    }

    @Test
    void linkingKeepsWhatIsLinked() {
        PhoneCall call = started(CallDirection.INCOMING);
        call.link(7L, 8L, null, T0);
        call.link(9L, 10L, 11L, T0);
        assertEquals(7L, call.userId());
        assertEquals(8L, call.clientId());
        assertEquals(11L, call.orderId());
    }
}
