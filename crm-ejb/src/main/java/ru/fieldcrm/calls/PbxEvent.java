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
import java.time.Instant;

/**
 * An event the PBX posted, kept as it came; its key is unique per PBX, so a replay is stored once.
 * Written by {@link CallInbox} in one insert-unless-taken statement, never read back by the CRM.
 */
@Entity
@Table(name = "pbx_event")
@SequenceGenerator(name = "pbx_event_seq", sequenceName = "pbx_event_seq", allocationSize = 50)
public class PbxEvent {

    static final int PAYLOAD_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pbx_event_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PbxKind pbx;

    @Column(name = "event_key", nullable = false, length = 200)
    private String eventKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CallEvent.Kind kind;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(nullable = false, length = PAYLOAD_MAX)
    private String payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected PbxEvent() {
    }

    /** The request as it is kept: its first {@value #PAYLOAD_MAX} characters. */
    static String kept(String payload) {
        return payload.length() > PAYLOAD_MAX ? payload.substring(0, PAYLOAD_MAX) : payload;
    }
}
