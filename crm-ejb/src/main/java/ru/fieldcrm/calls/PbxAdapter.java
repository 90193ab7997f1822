package ru.fieldcrm.calls;

import java.time.ZoneId;

/**
 * One PBX's dialect: how its events are authenticated and read. Adapters hold no state; the
 * account comes from the settings on every call.
 */
interface PbxAdapter {

    /** The saved settings an adapter needs; the secret never leaves the EJB module. */
    record Account(PbxKind pbx, String apiKey, String secret, String apiUrl) {

        @Override
        public String toString() {
            return "Account[pbx=" + pbx + ", apiKey=" + apiKey + "]";
        }
    }

    /** What an adapter made of a request. */
    sealed interface Reading {

        /** An event to store, with the text kept as its payload, and what to answer once it is stored. */
        record Event(CallEvent event, String payload, WebhookAnswer answer) implements Reading {
        }

        /** Nothing to store (a handshake, an event the CRM does not follow): answer this at once. */
        record Answer(WebhookAnswer answer) implements Reading {
        }
    }

    /** The request could not be heard; nothing of it is stored. */
    final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int status;

        Refusal(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        static Refusal unsigned(String reason) {
            return new Refusal(401, reason);
        }

        static Refusal malformed(String reason) {
            return new Refusal(400, reason);
        }

        int status() {
            return status;
        }
    }

    /** What the PBX said to a click-to-call: accepted, or refused with its reason (never the secret). */
    record Callback(boolean accepted, String reason) {
    }

    /** Where a call's recording plays now, or why the PBX gave no link. */
    record Recording(String url, String reason) {

        static Recording at(String url) {
            return new Recording(url, null);
        }

        static Recording none(String reason) {
            return new Recording(null, reason);
        }
    }

    PbxKind kind();

    /**
     * Asks the PBX to ring the extension and then connect it to {@code number} (E.164). A PBX
     * that cannot be asked (the generic one) refuses.
     */
    default Callback callback(Account account, String extension, String number) {
        return new Callback(false, "this PBX takes no click-to-call requests");
    }

    /**
     * Asks the PBX for a link to a call's recording, which plays for a while. A PBX that gives its
     * links with the events (the generic one) is never asked.
     *
     * @param recordingId the PBX's name of the recording, when an event gave it
     */
    default Recording recording(Account account, String pbxCallId, String recordingId) {
        return Recording.none("this PBX gives its recordings' links with its events");
    }

    /**
     * Verifies the request's signature and reads it.
     *
     * @param zone where the PBX's local times are (the company's zone)
     * @throws Refusal 401 for a missing or bad signature, 400 for an unreadable event
     */
    Reading read(Account account, WebhookRequest request, ZoneId zone);
}
