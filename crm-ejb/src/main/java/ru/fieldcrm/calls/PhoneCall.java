package ru.fieldcrm.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A call as its PBX reported it. Events come in any order and each fills in what it knows and what
 * is still unknown ({@link #apply}); an incoming call that ends unanswered is missed. The user,
 * client and order are linked once, after the first event is stored ({@link #link}).
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

    @Column(name = "matched_at")
    private Instant matchedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PhoneCall() {
    }

    /** A call first heard of through {@code event}; null when the event cannot begin one (a recording of an unknown call). */
    static PhoneCall begin(PbxKind pbx, CallEvent event, Instant now) {
        if (event.direction() == null) {
            return null;
        }
        PhoneCall call = new PhoneCall();
        call.pbx = pbx;
        call.pbxCallId = event.pbxCallId();
        call.direction = event.direction();
        call.startedAt = event.at() == null ? now : event.at();
        call.createdAt = now;
        return call;
    }

    /** Takes what the event knows and the call does not yet. */
    void apply(CallEvent event) {
        clientPhone = first(clientPhone, event.clientPhone());
        ourNumber = first(ourNumber, event.ourNumber());
        if (event.extension() != null && (extension == null || event.kind() == CallEvent.Kind.ANSWER)) {
            // The extension that answered is the one the call belongs to, not the first one rung.
            extension = event.extension();
        }
        switch (event.kind()) {
            case START -> {
                if (event.at() != null && event.at().isBefore(startedAt)) {
                    startedAt = event.at();
                }
            }
            case ANSWER -> answeredAt = first(answeredAt, event.at());
            case END -> {
                endedAt = first(endedAt, event.at());
                durationSeconds = first(durationSeconds, event.durationSeconds());
                if (result == null) {
                    result = outcome(event.result());
                }
            }
            case RECORD -> recordingUrl = first(recordingUrl, event.recordingUrl());
        }
    }

    private CallResult outcome(CallResult reported) {
        if (reported == null) {
            return answeredAt != null ? CallResult.ANSWERED : direction == CallDirection.INCOMING ? CallResult.MISSED
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

    /** Links the call to what was found for it; anything already linked stays. */
    void link(Long userId, Long clientId, Long orderId, Instant now) {
        this.userId = first(this.userId, userId);
        this.clientId = first(this.clientId, clientId);
        this.orderId = first(this.orderId, orderId);
        this.matchedAt = now;
    }

    private static <T> T first(T kept, T offered) {
        return kept != null ? kept : offered;
    }

    public Long getId() {
        return id;
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

    String ourNumber() {
        return ourNumber;
    }
}
