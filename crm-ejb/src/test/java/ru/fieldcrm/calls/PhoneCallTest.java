package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of how events fill a call, run as the SQL they are on the call's row (H2 in PostgreSQL mode). */
class PhoneCallTest {

    static final Instant T0 = Instant.parse("2025-03-01T07:15:00Z");

    Connection db;

    static CallEvent event(CallEvent.Kind kind, CallDirection direction, String extension, Instant at,
            Integer duration, CallResult result) {
        return new CallEvent(kind, "c/" + kind, "c", direction, "+79161234567", "+74951234567", extension, at,
                duration, result, kind == CallEvent.Kind.RECORD ? "https://pbx.example/rec/1.mp3" : null, null);
    }

    @BeforeEach
    void table() throws SQLException {
        db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        try (Statement s = db.createStatement()) {
            s.execute("create table phone_call (id bigint primary key, direction varchar(8) not null,"
                    + " client_phone varchar(40), our_number varchar(40), extension varchar(16), user_id bigint,"
                    + " client_id bigint, order_id bigint, started_at timestamp with time zone not null,"
                    + " answered_at timestamp with time zone, ended_at timestamp with time zone, duration_seconds integer,"
                    + " result varchar(12), recording_url varchar(500), recording_id varchar(200), matched_at timestamp with time zone,"
                    + " version bigint not null)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    void begin(CallDirection direction, Instant startedAt) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into phone_call (id, direction, started_at, version) values (1, ?, ?, 0)")) {
            insert.setString(1, direction.name());
            insert.setObject(2, OffsetDateTime.ofInstant(startedAt, java.time.ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    void apply(PhoneCall.Change change) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(change.sql())) {
            List<Object> parameters = change.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                update.setObject(i + 1, parameters.get(i));
            }
            update.setLong(parameters.size() + 1, 1L);
            assertEquals(1, update.executeUpdate());
        }
    }

    void started(CallDirection direction) throws SQLException {
        begin(direction, T0);
        apply(PhoneCall.change(event(CallEvent.Kind.START, direction, "101", T0, null, null)));
    }

    Object column(String name) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet row = s.executeQuery("select " + name + " from phone_call")) {
            row.next();
            Object value = row.getObject(1);
            return value instanceof OffsetDateTime time ? time.toInstant() : value;
        }
    }

    @Test
    void anIncomingCallNobodyAnswersIsMissedWhateverThePbxCallsIt() throws SQLException {
        started(CallDirection.INCOMING);
        apply(PhoneCall.change(event(CallEvent.Kind.END, null, null, T0.plusSeconds(30), 0, CallResult.BUSY)));
        assertEquals("MISSED", column("result"));
        assertEquals(T0.plusSeconds(30), column("ended_at"));
    }

    @Test
    void theExtensionThatAnswersOwnsTheCall() throws SQLException {
        started(CallDirection.INCOMING);
        apply(PhoneCall.change(event(CallEvent.Kind.ANSWER, null, "102", T0.plusSeconds(5), null, null)));
        apply(PhoneCall.change(event(CallEvent.Kind.END, null, "101", T0.plusSeconds(65), 60, null)));
        assertEquals("102", column("extension"));
        assertEquals("ANSWERED", column("result"));
        assertEquals(60, column("duration_seconds"));
        assertEquals(3L, column("version"));
    }

    @Test
    void anOutgoingCallNotAnsweredIsNoAnswerAndTheFirstResultStays() throws SQLException {
        started(CallDirection.OUTGOING);
        apply(PhoneCall.change(event(CallEvent.Kind.END, null, null, T0.plusSeconds(20), 0, CallResult.MISSED)));
        assertEquals("NO_ANSWER", column("result"));
        apply(PhoneCall.change(event(CallEvent.Kind.END, null, null, T0.plusSeconds(40), 10, CallResult.ANSWERED)));
        assertEquals("NO_ANSWER", column("result"));
        assertEquals(T0.plusSeconds(20), column("ended_at"));
        assertEquals(0, column("duration_seconds"));
    }

    @Test
    void eventsInAnyOrderFillTheCall() throws SQLException {
        CallEvent end = event(CallEvent.Kind.END, CallDirection.INCOMING, "101", T0.plusSeconds(60), 55,
                CallResult.ANSWERED);
        begin(CallDirection.INCOMING, end.at());
        apply(PhoneCall.change(end));
        apply(PhoneCall.change(event(CallEvent.Kind.START, CallDirection.INCOMING, "101", T0, null, null)));
        apply(PhoneCall.change(event(CallEvent.Kind.RECORD, null, null, null, null, null)));
        apply(PhoneCall.change(event(CallEvent.Kind.START, CallDirection.INCOMING, "101", T0.plusSeconds(9), null, null)));
        assertEquals(T0, column("started_at"));
        assertEquals("ANSWERED", column("result"));
        assertEquals("https://pbx.example/rec/1.mp3", column("recording_url"));
        assertEquals("+79161234567", column("client_phone"));
    }

    @Test
    void theFirstRecordingIdStaysWhicheverEventBringsIt() throws SQLException {
        started(CallDirection.INCOMING);
        apply(PhoneCall.change(new CallEvent(CallEvent.Kind.END, "c/END", "c", CallDirection.INCOMING, null, null, null,
                T0.plusSeconds(30), 25, CallResult.ANSWERED, null, "1458832388.2215330")));
        apply(PhoneCall.change(new CallEvent(CallEvent.Kind.RECORD, "c/RECORD", "c", null, null, null, null, null, null,
                null, null, "1458832388.9999999")));
        assertEquals("1458832388.2215330", column("recording_id"));
        assertEquals(null, column("recording_url"));
        assertEquals("ANSWERED", column("result"));
    }

    @Test
    void anEventSetsOnlyWhatItBrings() {
        PhoneCall.Change answer = PhoneCall.change(new CallEvent(CallEvent.Kind.ANSWER, "k", "c", null, null, null, null,
                T0, null, null, null, null));
        assertEquals(List.of("answered_at = coalesce(answered_at, ?)"), answer.assignments());
    }

    @Test
    void aRecordingOfAnUnknownCallBeginsNone() {
        assertFalse(PhoneCall.begins(event(CallEvent.Kind.RECORD, null, null, null, null, null)));
        assertTrue(PhoneCall.begins(event(CallEvent.Kind.START, CallDirection.INCOMING, null, T0, null, null)));
    }

    @Test
    void linkingKeepsWhatIsLinked() throws SQLException {
        started(CallDirection.INCOMING);
        apply(PhoneCall.linking(7L, 8L, null, T0));
        apply(PhoneCall.linking(9L, 10L, 11L, T0));
        assertEquals(7L, column("user_id"));
        assertEquals(8L, column("client_id"));
        assertEquals(11L, column("order_id"));
        assertNull(PhoneCall.linking(null, null, null, T0));
    }
}
