package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mango Office's signature and events (the expected sign computed independently with Python's hashlib). */
class MangoPbxTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final PbxAdapter.Account ACCOUNT = new PbxAdapter.Account(PbxKind.MANGO, "KEY", "salt", null);
    final MangoPbx pbx = new MangoPbx();

    static WebhookRequest event(String path, String key, String sign, String json) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("vpbx_api_key", List.of(key));
        if (sign != null) {
            form.put("sign", List.of(sign));
        }
        form.put("json", List.of(json));
        return new WebhookRequest("POST", Map.of(), form, Map.of(), "application/x-www-form-urlencoded", "", path);
    }

    static WebhookRequest signed(String path, String json) {
        return event(path, "KEY", MangoPbx.sign("KEY", json, "salt"), json);
    }

    @Test
    void signIsTheHexSha256OfKeyJsonAndSalt() {
        assertEquals(SIGN_OF_E1, MangoPbx.sign("KEY", "{\"entry_id\":\"E1\"}", "salt"));
    }

    static final String SIGN_OF_E1 = "082b138c883c23b735142b464c845a9497a164f002f22f0f1f4c1cfcd0f95b6f";

    @Test
    void anAppearedLegToAnExtensionRingsIt() {
        String json = """
                {"entry_id":"E1","call_id":"L1","timestamp":1740813300,"seq":1,"call_state":"Appeared",
                 "location":"abonent","from":{"number":"79161234567"},"to":{"extension":"101","line_number":"74951234567"}}""";
        PbxAdapter.Reading.Event read = assertInstanceOf(PbxAdapter.Reading.Event.class,
                pbx.read(ACCOUNT, signed("events/call", json), MOSCOW));
        CallEvent event = read.event();
        assertEquals(CallEvent.Kind.START, event.kind());
        assertEquals("E1", event.pbxCallId());
        assertEquals(CallDirection.INCOMING, event.direction());
        assertEquals("+79161234567", event.clientPhone());
        assertEquals("101", event.extension());
        assertEquals(Instant.ofEpochSecond(1740813300), event.at());
    }

    @Test
    void theSummaryEndsTheCall() {
        String json = """
                {"entry_id":"E1","call_direction":1,"from":{"number":"79161234567"},"to":{"extension":"101"},
                 "line_number":"74951234567","create_time":1740813300,"forward_time":1740813301,
                 "talk_time":1740813310,"end_time":1740813435,"entry_result":1,"disconnect_reason":1110}""";
        CallEvent event = ((PbxAdapter.Reading.Event) pbx.read(ACCOUNT, signed("events/summary", json), MOSCOW))
                .event();
        assertEquals(CallEvent.Kind.END, event.kind());
        assertEquals(CallResult.ANSWERED, event.result());
        assertEquals(125, event.durationSeconds());
        String missed = json.replace("\"talk_time\":1740813310", "\"talk_time\":0").replace("\"entry_result\":1",
                "\"entry_result\":0");
        CallEvent unanswered = ((PbxAdapter.Reading.Event) pbx.read(ACCOUNT, signed("events/summary", missed),
                MOSCOW)).event();
        assertEquals(CallResult.MISSED, unanswered.result());
        assertEquals(0, unanswered.durationSeconds());
    }

    @Test
    void aRecordingIsAnEventOfItsCall() {
        String json = "{\"entry_id\":\"E1\",\"recording_id\":\"R9\",\"recording_state\":\"Completed\"}";
        CallEvent event = ((PbxAdapter.Reading.Event) pbx.read(ACCOUNT, signed("events/recording", json), MOSCOW))
                .event();
        assertEquals(CallEvent.Kind.RECORD, event.kind());
        assertEquals("E1/recording/R9", event.key());
        assertEquals("R9", event.recordingId());
        CallEvent added = ((PbxAdapter.Reading.Event) pbx.read(ACCOUNT, signed("events/record/added",
                "{\"entry_id\":\"E1\",\"recording_id\":\"R9\"}"), MOSCOW)).event();
        assertEquals("E1/recording/R9", added.key(), "the newer event names the same recording");
    }

    @Test
    void aRecordingsLinkIsWhereMangoRedirectsASignedQuery() {
        try (FakeMango mango = new FakeMango("KEY", "salt")) {
            PbxAdapter.Account account = new PbxAdapter.Account(PbxKind.MANGO, "KEY", "salt", mango.url());
            PbxAdapter.Recording link = pbx.recording(account, "E1", "R9");
            assertEquals("/records/R9.mp3", link.url() == null ? link.reason() : URI.create(link.url()).getPath(),
                    String.valueOf(mango.refused()));
            assertEquals(List.of("{\"recording_id\":\"R9\",\"action\":\"play\"}"), mango.recordingQueries());
            assertNull(pbx.recording(account, "E1", null).url(), "no recording_id, nothing to ask");
            PbxAdapter.Recording refused = pbx.recording(
                    new PbxAdapter.Account(PbxKind.MANGO, "KEY", "other-salt", mango.url()), "E1", "R9");
            assertNull(refused.url());
            assertEquals(1, mango.recordingQueries().size());
        }
    }

    @Test
    void aBadOrMissingSignOrAnotherKeyIsRefused() {
        String json = "{\"entry_id\":\"E1\"}";
        assertEquals(401, assertThrows(PbxAdapter.Refusal.class,
                () -> pbx.read(ACCOUNT, event("events/call", "KEY", "00" + SIGN_OF_E1.substring(2), json), MOSCOW))
                .status());
        assertEquals(401, assertThrows(PbxAdapter.Refusal.class,
                () -> pbx.read(ACCOUNT, event("events/call", "KEY", null, json), MOSCOW)).status());
        assertEquals(401, assertThrows(PbxAdapter.Refusal.class, () -> pbx.read(ACCOUNT,
                event("events/call", "OTHER", MangoPbx.sign("OTHER", json, "salt"), json), MOSCOW)).status());
    }

    @Test
    void malformedJsonIs400WithAReason() {
        PbxAdapter.Refusal refusal = assertThrows(PbxAdapter.Refusal.class,
                () -> pbx.read(ACCOUNT, signed("events/call", "{not json"), MOSCOW));
        assertEquals(400, refusal.status());
        assertEquals("json is not a JSON object", refusal.getMessage());
        assertEquals(400, assertThrows(PbxAdapter.Refusal.class,
                () -> pbx.read(ACCOUNT, signed("events/call", "{\"call_state\":\"Appeared\"}"), MOSCOW)).status());
    }

    @Test
    void eventsTheCrmDoesNotFollowAreAnsweredAndNotStored() {
        String onHold = """
                {"entry_id":"E1","call_id":"L1","timestamp":1740813300,"seq":3,"call_state":"OnHold",
                 "from":{"number":"79161234567"},"to":{"extension":"101"}}""";
        assertInstanceOf(PbxAdapter.Reading.Answer.class, pbx.read(ACCOUNT, signed("events/call", onHold), MOSCOW));
        assertInstanceOf(PbxAdapter.Reading.Answer.class,
                pbx.read(ACCOUNT, signed("events/dtmf", "{\"entry_id\":\"E1\"}"), MOSCOW));
    }
}
