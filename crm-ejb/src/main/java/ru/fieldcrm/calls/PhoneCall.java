package ru.fieldcrm.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Query;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.fieldcrm.shared.SqlValues;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;

/**
 * A call as its PBX reported it. Events come in any order and each fills in what it knows and what
 * is still unknown ({@link #change}, one update of the row); an incoming call that ends unanswered is
 * missed. The user, client and order are linked after the event is stored ({@link #linking}).
 */
@Entity
@Table(name = "phone_call")
@SequenceGenerator(name = "phone_call_seq", sequenceName = "phone_call_seq", allocationSize = 50)
public class PhoneCall {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_call_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PbxKind pbx;

    @Column(name = "pbx_call_id", nullable = false, length = 100)
    private String pbxCallId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CallDirection direction;

    @Column(name = "client_phone", length = 40)
    private String clientPhone;

    @Column(name = "our_number", length = 40)
    private String ourNumber;

    @Column(length = 16)
    private String extension;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private CallResult result;

    @Column(name = "recording_url", length = 500)
    private String recordingUrl;

    @Column(name = "recording_id", length = 200)
    private String recordingId;

    @Column(name = "matched_at")
    private Instant matchedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PhoneCall() {
    }

    /**
     * Whether {@code event} can begin a call the CRM has not heard of: it must say the call's
     * direction (a recording of an unknown call begins none).
     */
    static boolean begins(CallEvent event) {
        return event.direction() != null;
    }

    /**
     * The statement that applies {@code event} to its call's row, in one go and without reading it
     * first: each column the event brings is set, and only when still unknown (the first answer,
     * end, duration, result and recording stay), except the extension that answers, which takes
     * the call over from the one first rung, and a start earlier than the one known. Events may
     * come in any order; every rule of how they fill a call is here.
     */
    static Change change(CallEvent event) {
        Change change = new Change();
        change.first("client_phone", event.clientPhone());
        change.first("our_number", event.ourNumber());
        change.first("recording_url", event.recordingUrl());
        change.first("recording_id", event.recordingId());
        if (event.extension() != null) {
            // The extension that answered is the one the call belongs to, not the first one rung.
            change.set(event.kind() == CallEvent.Kind.ANSWER ? "extension = ?" : "extension = coalesce(extension, ?)",
                    event.extension());
        }
        switch (event.kind()) {
            case START -> {
                if (event.at() != null) {
                    change.set("started_at = case when started_at > ? then ? else started_at end",
                            SqlValues.parameter(event.at()), SqlValues.parameter(event.at()));
                }
            }
            case ANSWER -> change.first("answered_at", event.at() == null ? null : SqlValues.parameter(event.at()));
            case END -> {
                change.first("ended_at", event.at() == null ? null : SqlValues.parameter(event.at()));
                change.first("duration_seconds", event.durationSeconds());
                CallResult reported = event.result();
                change.set("result = coalesce(result, case when direction = 'INCOMING' and answered_at is not null then ?"
                        + " when direction = 'INCOMING' then ? when answered_at is not null then ? else ? end)",
                        outcome(CallDirection.INCOMING, reported, true).name(),
                        outcome(CallDirection.INCOMING, reported, false).name(),
                        outcome(CallDirection.OUTGOING, reported, true).name(),
                        outcome(CallDirection.OUTGOING, reported, false).name());
            }
            default -> {
                // A recording brings its link or id only, taken above.
            }
        }
        return change;
    }

    /**
     * What a call ended with: an incoming call nobody answered is missed whatever the PBX calls it,
     * an outgoing one the other side did not answer is "no answer"; without a word from the PBX,
     * whether the call was answered decides.
     */
    static CallResult outcome(CallDirection direction, CallResult reported, boolean answered) {
        if (reported == null) {
            return answered ? CallResult.ANSWERED : direction == CallDirection.INCOMING ? CallResult.MISSED
                    : CallResult.NO_ANSWER;
        }
        if (direction == CallDirection.INCOMING && reported != CallResult.ANSWERED) {
            return CallResult.MISSED;
        }
        if (direction == CallDirection.OUTGOING && reported == CallResult.MISSED) {
            return CallResult.NO_ANSWER;
        }
        return reported;
    }

    /** The assignments of an update of {@code phone_call} and their parameters, in order. */
    static final class Change {

        private final List<String> assignments = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        private void first(String column, Object value) {
            if (value != null) {
                set(column + " = coalesce(" + column + ", ?)", value);
            }
        }

        private void set(String assignment, Object... values) {
            assignments.add(assignment);
            parameters.addAll(List.of(values));
        }

        List<String> assignments() {
            return List.copyOf(assignments);
        }

        List<Object> parameters() {
            return List.copyOf(parameters);
        }

        /** Updates the call's row; false when it is not there. */
        boolean run(EntityManager em, long callId) {
            Query update = em.createNativeQuery(sql());
            for (int i = 0; i < parameters.size(); i++) {
                update.setParameter(i + 1, parameters.get(i));
            }
            return update.setParameter(parameters.size() + 1, callId).executeUpdate() == 1;
        }

        /** The update of one call by its id, with numbered parameters ({@code ?1}…), the id last. */
        String sql() {
            StringBuilder sql = new StringBuilder("update phone_call set version = version + 1");
            int n = 0;
            for (String assignment : assignments) {
                StringBuilder numbered = new StringBuilder();
                for (char ch : assignment.toCharArray()) {
                    if (ch == '?') {
                        numbered.append('?').append(++n);
                    } else {
                        numbered.append(ch);
                    }
                }
                sql.append(", ").append(numbered);
            }
            return sql.append(" where id = ?").append(n + 1).toString();
        }
    }

    /**
     * The update that links the call to what was found for it: only what is still unlinked is set
     * (no lost update of another event's columns, no version check to fight); null when nothing was
     * found.
     */
    static Change linking(Long userId, Long clientId, Long orderId, Instant now) {
        Change change = new Change();
        change.first("user_id", userId);
        change.first("client_id", clientId);
        change.first("order_id", orderId);
        if (change.assignments.isEmpty()) {
            return null;
        }
        change.set("matched_at = ?", SqlValues.parameter(now));
        return change;
    }

    /**
     * The call's row as an event found it, locked and before the event's change: what was known of
     * the call and what was linked.
     */
    record Found(long id, String clientPhone, String extension, Long userId, Long clientId, Long orderId,
            Instant startedAt) {

        /** The columns {@link #of} reads, in its order. */
        static final String COLUMNS = "id, client_phone, extension, user_id, client_id, order_id, started_at";

        static Found of(Object[] row) {
            return new Found(SqlValues.number(row[0]), (String) row[1], (String) row[2], SqlValues.numberOrNull(row[3]),
                    SqlValues.numberOrNull(row[4]), SqlValues.numberOrNull(row[5]), SqlValues.instant(row[6]));
        }

        /**
         * What is left to link after {@code event}, or null for nothing. A call is linked once, by
         * the event that brings what it is linked by while the row still lacks the link: the client
         * (and then the client's nearest open order) by the first number the call gets, the user by an
         * extension the row did not have (the one that answers replaces the one rung), and the client
         * once more by the call's end while none is linked. An event that brings nothing new, like
         * the ends of linked calls and every replay, leaves the call's links alone.
         */
        Unlinked unlinked(CallEvent event) {
            // The call's end looks its number up once more while no client is linked: the operator
            // often makes the caller's card during the call.
            String phone = clientId != null ? null
                    : clientPhone == null ? event.clientPhone()
                    : event.kind() == CallEvent.Kind.END ? clientPhone : null;
            String newExtension = event.extension() == null || event.extension().equals(extension)
                    || extension != null && event.kind() != CallEvent.Kind.ANSWER ? null : event.extension();
            String userExtension = userId == null ? newExtension : null;
            if (phone == null && userExtension == null) {
                return null;
            }
            Instant started = event.kind() == CallEvent.Kind.START && event.at() != null && event.at().isBefore(startedAt)
                    ? event.at() : startedAt;
            return new Unlinked(id, userExtension, phone, started);
        }
    }

    /**
     * What a call is to be linked by: the extension whose user it is to get, the number whose client
     * (and the client's nearest open order on the day the call began) it is to get; null for what
     * not to look up.
     */
    record Unlinked(long callId, String extension, String clientPhone, Instant startedAt) {
    }

    public Long getId() {
        return id;
    }

    String pbxCallId() {
        return pbxCallId;
    }

    PbxKind pbx() {
        return pbx;
    }

    CallDirection direction() {
        return direction;
    }

    String clientPhone() {
        return clientPhone;
    }

    String extension() {
        return extension;
    }

    Long userId() {
        return userId;
    }

    Long clientId() {
        return clientId;
    }

    Long orderId() {
        return orderId;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    Instant endedAt() {
        return endedAt;
    }

    Integer durationSeconds() {
        return durationSeconds;
    }

    CallResult result() {
        return result;
    }

    String recordingUrl() {
        return recordingUrl;
    }

    String recordingId() {
        return recordingId;
    }

    boolean recorded() {
        return recordingUrl != null || recordingId != null;
    }

    /**
     * Whether {@code reader} may play this call's recording: the administrator and the operators
     * any call's, everyone else the calls that were theirs.
     */
    boolean mayBePlayedBy(StaffMember reader) {
        return recorded() && (reader.role() == Role.ADMIN || reader.role() == Role.OPERATOR
                || Long.valueOf(reader.id()).equals(userId));
    }

    String ourNumber() {
        return ourNumber;
    }
}
