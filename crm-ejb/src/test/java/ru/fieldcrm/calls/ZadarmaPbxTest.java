package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Zadarma's signatures and events. Zadarma's documentation gives the algorithm but no worked values;
 * the expected signatures were computed independently (Python's hmac, hashlib and urlencode, the
 * way the official PHP client does it) for the inputs below.
 */
class ZadarmaPbxTest {

    static final String SECRET = "a1b2c3d4e5f6";
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final PbxAdapter.Account ACCOUNT = new PbxAdapter.Account(PbxKind.ZADARMA, "KEY", SECRET, null);
    final ZadarmaPbx pbx = new ZadarmaPbx();

    static WebhookRequest event(String signature, String... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new WebhookRequest("POST", Map.of(), form,
                signature == null ? Map.of() : Map.of("signature", signature), "application/x-www-form-urlencoded", "");
    }

    static WebhookRequest start(String signature) {
        return event(signature, "event", "NOTIFY_START", "call_start", "2025-03-01 10:15:00", "pbx_call_id",
                "in_1234", "caller_id", "79161234567", "called_did", "74951234567");
    }

    @Test
    void signaturesAreBase64OfTheHexHmacSha1() {
        assertEquals("YWQ1MmNlNjlmMWRjMGYyNWMxM2MzZDczNzRiZDE2ZDM2MTc3YzBmMg==",
                ZadarmaPbx.sign("79161234567" + "74951234567" + "2025-03-01 10:15:00", SECRET));
        assertEquals("ZGQ4ODIwYzlmMDE4OTM4OGY2NGZmYWNhMzgyMTgwYWFlMTVhNDdkNA==",
                ZadarmaPbx.sign("in_1234" + "rec_5678", SECRET));
    }

    @Test
    void anApiRequestIsSignedOverTheSortedQueryAndItsMd5() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("to", "79161234567");
        parameters.put("from", "101");
        parameters.put("format", "json");
        assertEquals("format=json&from=101&to=79161234567", ZadarmaPbx.query(parameters));
        assertEquals("KEY:MjQzZTY2MGM1NzEyOTI1M2YzN2UxMjUxNTVmYWNhMGI5MGI4ZTI3MQ==",
                ZadarmaPbx.authorization("/v1/request/callback/", parameters, "KEY", SECRET));
        assertEquals("a=x%2Fy&b=a+b%2A", ZadarmaPbx.query(Map.of("b", "a b*", "a", "x/y")));
    }

    @Test
    void aSignedStartIsAnIncomingCallInTheCompanysZone() {
        CallEvent event = assertInstanceOf(PbxAdapter.Reading.Event.class,
                pbx.read(ACCOUNT, start("YWQ1MmNlNjlmMWRjMGYyNWMxM2MzZDczNzRiZDE2ZDM2MTc3YzBmMg=="), MOSCOW)).event();
        assertEquals(CallEvent.Kind.START, event.kind());
        assertEquals("in_1234", event.pbxCallId());
        assertEquals(CallDirection.INCOMING, event.direction());
        assertEquals("+79161234567", event.clientPhone());
        assertEquals("+74951234567", event.ourNumber());
        assertEquals(Instant.parse("2025-03-01T07:15:00Z"), event.at());
    }

    @Test
    void aMissingOrWrongSignatureIsRefusedWith401() {
        PbxAdapter.Refusal missing = assertThrows(PbxAdapter.Refusal.class, () -> pbx.read(ACCOUNT, start(null), MOSCOW));
        assertEquals(401, missing.status());
        PbxAdapter.Refusal wrong = assertThrows(PbxAdapter.Refusal.class,
                () -> pbx.read(ACCOUNT, start(ZadarmaPbx.sign("79161234567" + "74951234567" + "2025-03-01 10:15:00",
                        "another-secret")), MOSCOW));
        assertEquals(401, wrong.status());
        assertEquals("Signature does not match", wrong.getMessage());
    }

    @Test
    void theEchoIsAnsweredAndUnfollowedEventsStoreNothing() {
        WebhookRequest echo = new WebhookRequest("GET", Map.of("zd_echo", List.of("abc123")), Map.of(), Map.of(), null, "");
        PbxAdapter.Reading.Answer answer = assertInstanceOf(PbxAdapter.Reading.Answer.class,
                pbx.read(ACCOUNT, echo, MOSCOW));
        assertEquals("abc123", answer.answer().body());
        assertInstanceOf(PbxAdapter.Reading.Answer.class, pbx.read(ACCOUNT, event(null, "event", "NOTIFY_IVR"), MOSCOW));
    }

    @Test
    void anOutgoingCallEndsWithItsDispositionAndDuration() {
        String signed = "101" + "79161234567" + "2025-03-01 10:15:00";
        CallEvent end = assertInstanceOf(PbxAdapter.Reading.Event.class, pbx.read(ACCOUNT, event(
                ZadarmaPbx.sign(signed, SECRET), "event", "NOTIFY_OUT_END", "call_start", "2025-03-01 10:15:00",
                "pbx_call_id", "out_1", "internal", "101", "destination", "79161234567", "caller_id", "74951234567",
                "duration", "42", "disposition", "busy"), MOSCOW)).event();
        assertEquals(CallEvent.Kind.END, end.kind());
        assertEquals(CallDirection.OUTGOING, end.direction());
        assertEquals("101", end.extension());
        assertEquals(42, end.durationSeconds());
        assertEquals(CallResult.BUSY, end.result());
        assertEquals(Instant.parse("2025-03-01T07:15:42Z"), end.at());
        assertNull(end.recordingUrl());
        assertEquals(CallResult.NO_ANSWER, ZadarmaPbx.result("no answer"));
        assertEquals(CallResult.FAILED, ZadarmaPbx.result("no money"));
    }

    @Test
    void clickToCallIsASignedGetThatTheFakeZadarmaAccepts() {
        try (FakeZadarma zadarma = new FakeZadarma("KEY", SECRET)) {
            PbxAdapter.Account account = new PbxAdapter.Account(PbxKind.ZADARMA, "KEY", SECRET, zadarma.url());
            PbxAdapter.Callback done = pbx.callback(account, "101", "+79161234567");
            assertEquals(new PbxAdapter.Callback(true, null), done, String.valueOf(zadarma.refused()));
            assertEquals(List.of(new FakeZadarma.Callback("101", "79161234567")), zadarma.callbacks());

            PbxAdapter.Callback refused = pbx.callback(
                    new PbxAdapter.Account(PbxKind.ZADARMA, "KEY", "wrong-secret", zadarma.url()), "101", "+79161234567");
            assertEquals(false, refused.accepted());
            assertEquals(1, zadarma.callbacks().size());
            assertEquals(false, refused.reason().contains("wrong-secret"));
        }
    }

    @Test
    void anEndOfARecordedCallAndTheRecordNameTheRecording() {
        String signed = "79161234567" + "74951234567" + "2025-03-01 10:15:00";
        CallEvent end = assertInstanceOf(PbxAdapter.Reading.Event.class, pbx.read(ACCOUNT, event(
                ZadarmaPbx.sign(signed, SECRET), "event", "NOTIFY_END", "call_start", "2025-03-01 10:15:00",
                "pbx_call_id", "in_1", "caller_id", "79161234567", "called_did", "74951234567", "internal", "101",
                "duration", "42", "disposition", "answered", "is_recorded", "1", "call_id_with_rec",
                "1458832388.2215330"), MOSCOW)).event();
        assertEquals("1458832388.2215330", end.recordingId());
        CallEvent unrecorded = assertInstanceOf(PbxAdapter.Reading.Event.class, pbx.read(ACCOUNT, event(
                ZadarmaPbx.sign(signed, SECRET), "event", "NOTIFY_END", "call_start", "2025-03-01 10:15:00",
                "pbx_call_id", "in_1", "caller_id", "79161234567", "called_did", "74951234567", "duration", "0",
                "disposition", "cancel", "is_recorded", "0", "call_id_with_rec", "1458832388.2215331"), MOSCOW)).event();
        assertNull(unrecorded.recordingId());

        CallEvent record = assertInstanceOf(PbxAdapter.Reading.Event.class, pbx.read(ACCOUNT, event(
                ZadarmaPbx.sign("in_1" + "1458832388.2215330", SECRET), "event", "NOTIFY_RECORD", "pbx_call_id", "in_1",
                "call_id_with_rec", "1458832388.2215330"), MOSCOW)).event();
        assertEquals(CallEvent.Kind.RECORD, record.kind());
        assertEquals("1458832388.2215330", record.recordingId());
        PbxAdapter.Refusal odd = assertThrows(PbxAdapter.Refusal.class, () -> pbx.read(ACCOUNT, event(
                ZadarmaPbx.sign("in_1" + "../x y", SECRET), "event", "NOTIFY_RECORD", "pbx_call_id", "in_1",
                "call_id_with_rec", "../x y"), MOSCOW));
        assertEquals(400, odd.status());
    }

    @Test
    void aRecordingsLinkIsASignedGetForTheRecordOrTheCall() {
        try (FakeZadarma zadarma = new FakeZadarma("KEY", SECRET)) {
            PbxAdapter.Account account = new PbxAdapter.Account(PbxKind.ZADARMA, "KEY", SECRET, zadarma.url());
            assertEquals(PbxAdapter.Recording.at(zadarma.url() + "/records/1458832388.2215330.mp3"),
                    pbx.recording(account, "in_1", "1458832388.2215330"), String.valueOf(zadarma.refused()));
            assertEquals(PbxAdapter.Recording.at(zadarma.url() + "/records/in_1.mp3"),
                    pbx.recording(account, "in_1", null));
            assertEquals(List.of(Map.of("call_id", "1458832388.2215330", "lifetime", "1800", "format", "json"),
                    Map.of("pbx_call_id", "in_1", "lifetime", "1800", "format", "json")), zadarma.recordRequests());

            assertNull(pbx.recording(account, "in_1", "gone.1").url(), "Zadarma's error gives no link");
            PbxAdapter.Recording refused = pbx.recording(
                    new PbxAdapter.Account(PbxKind.ZADARMA, "KEY", "wrong-secret", zadarma.url()), "in_1", "1.2");
            assertNull(refused.url());
            assertTrue(refused.reason().startsWith("HTTP 401"), refused.reason());
            assertEquals(3, zadarma.recordRequests().size());
        }
    }
}
