package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericPbxTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final PbxAdapter.Account ACCOUNT = new PbxAdapter.Account(PbxKind.GENERIC, null, null, null);
    final GenericPbx pbx = new GenericPbx();

    static WebhookRequest form(Map<String, String> fields) {
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        fields.forEach((k, v) -> form.put(k, List.of(v)));
        return new WebhookRequest("POST", Map.of(), form, Map.of(), "application/x-www-form-urlencoded", "");
    }

    static WebhookRequest json(String body) {
        return new WebhookRequest("POST", Map.of(), Map.of(), Map.of(), "application/json", body);
    }

    CallEvent read(WebhookRequest request) {
        return assertInstanceOf(PbxAdapter.Reading.Event.class, pbx.read(ACCOUNT, request, MOSCOW)).event();
    }

    int refused(WebhookRequest request, String reason) {
        PbxAdapter.Refusal refusal = assertThrows(PbxAdapter.Refusal.class, () -> pbx.read(ACCOUNT, request, MOSCOW));
        assertEquals(reason, refusal.getMessage());
        return refusal.status();
    }

    @Test
    void anIncomingCallRingsWithTheClientsNumberInE164() {
        CallEvent event = read(form(Map.of("event", "start", "call_id", "c-1", "direction", "in",
                "client", "79161234567", "line", "74951234567", "extension", "101", "at", "2025-03-01 10:15:00")));
        assertEquals(CallEvent.Kind.START, event.kind());
        assertEquals("c-1/START", event.key());
        assertEquals(CallDirection.INCOMING, event.direction());
        assertEquals("+79161234567", event.clientPhone());
        assertEquals("+74951234567", event.ourNumber());
        assertEquals("101", event.extension());
        assertEquals(Instant.parse("2025-03-01T07:15:00Z"), event.at());
    }

    @Test
    void theEndOfACallFromJsonWithUnixTime() {
        CallEvent event = read(json("""
                {"event":"end","call_id":"c-1","duration":75,"result":"answered","at":1740813375}"""));
        assertEquals(CallEvent.Kind.END, event.kind());
        assertEquals(75, event.durationSeconds());
        assertEquals(CallResult.ANSWERED, event.result());
        assertEquals(Instant.ofEpochSecond(1740813375), event.at());
        assertNull(event.direction());
    }

    @Test
    void aNumberThatIsNoPhoneNumberIsKeptAsItCame() {
        assertEquals("anonymous", CallNumbers.normalize("anonymous"));
        assertEquals("+79161234567", CallNumbers.normalize("+7 (916) 123-45-67"));
        assertEquals("***4567", CallNumbers.mask("+79161234567"));
    }

    @Test
    void malformedEventsAreRefusedWithTheirReason() {
        assertEquals(400, refused(form(Map.of("call_id", "c-1")), "event is missing"));
        assertEquals(400, refused(form(Map.of("event", "ring", "call_id", "c-1")),
                "event must be start, answer, end or record"));
        assertEquals(400, refused(form(Map.of("event", "start", "direction", "in")), "call_id is missing"));
        assertEquals(400, refused(form(Map.of("event", "start", "call_id", "c-1")), "direction is missing"));
        assertEquals(400, refused(form(Map.of("event", "end", "call_id", "c-1", "duration", "-1")),
                "duration must be whole seconds"));
        assertEquals(400, refused(form(Map.of("event", "end", "call_id", "c-1", "at", "yesterday")),
                "at must be an ISO-8601 time, yyyy-MM-dd HH:mm:ss or Unix seconds"));
        assertEquals(400, refused(json("[1,2]"), "the body is not a JSON object"));
        assertEquals(400, refused(json("{\"event\":"), "the body is not a JSON object"));
        assertEquals(400, refused(form(Map.of("event", "record", "call_id", "c-1", "recording", "file:///etc/passwd")),
                "recording must be an http(s) URL of at most 500 characters"));
    }
}
