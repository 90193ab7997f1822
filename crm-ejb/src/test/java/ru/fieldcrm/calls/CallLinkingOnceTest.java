package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A call is linked once: by the event that brings what to link it by while the row still lacks the link. */
class CallLinkingOnceTest {

    static final Instant T0 = Instant.parse("2025-03-01T07:15:00Z");
    static final String CLIENT = "+79161234567";

    static CallEvent event(CallEvent.Kind kind, String clientPhone, String extension, Instant at) {
        return new CallEvent(kind, "c/" + kind, "c", CallDirection.INCOMING, clientPhone, "+74951234567", extension, at,
                null, null, null, null);
    }

    /** A row just inserted by the call's first event: nothing known or linked but its start. */
    static PhoneCall.Found fresh() {
        return new PhoneCall.Found(7, null, null, null, null, null, T0);
    }

    @Test
    void theFirstEventLinksByItsNumberAndExtension() {
        PhoneCall.Unlinked unlinked = fresh().unlinked(event(CallEvent.Kind.START, CLIENT, "101", T0));
        assertEquals(new PhoneCall.Unlinked(7, "101", CLIENT, T0), unlinked);
    }

    @Test
    void eventsThatBringNothingNewLinkNothing() {
        PhoneCall.Found known = new PhoneCall.Found(7, CLIENT, "101", null, 40L, null, T0);
        assertNull(known.unlinked(event(CallEvent.Kind.END, CLIENT, "101", T0.plusSeconds(60))),
                "the number and the extension were looked up by the event that brought them");
        assertNull(known.unlinked(event(CallEvent.Kind.END, null, null, T0.plusSeconds(60))));
        assertNull(known.unlinked(event(CallEvent.Kind.END, CLIENT, "102", T0.plusSeconds(60))),
                "only the extension that answers takes the call over");
        PhoneCall.Found unknownCaller = new PhoneCall.Found(7, CLIENT, "101", 3L, null, null, T0);
        assertNull(unknownCaller.unlinked(event(CallEvent.Kind.ANSWER, CLIENT, "101", T0.plusSeconds(5))));
    }

    @Test
    void theEndOfACallWithNoClientLooksItsNumberUpOnceMore() {
        // The operator made the caller's card while they talked.
        PhoneCall.Found unknownCaller = new PhoneCall.Found(7, CLIENT, "101", 3L, null, null, T0);
        assertEquals(new PhoneCall.Unlinked(7, null, CLIENT, T0),
                unknownCaller.unlinked(event(CallEvent.Kind.END, null, "101", T0.plusSeconds(60))));
    }

    @Test
    void theExtensionThatAnswersIsLookedUpWhenNoUserIsLinked() {
        PhoneCall.Found rung = new PhoneCall.Found(7, CLIENT, "101", null, 40L, 50L, T0);
        assertEquals(new PhoneCall.Unlinked(7, "102", null, T0),
                rung.unlinked(event(CallEvent.Kind.ANSWER, CLIENT, "102", T0.plusSeconds(5))));
        PhoneCall.Found linked = new PhoneCall.Found(7, CLIENT, "101", 3L, 40L, 50L, T0);
        assertNull(linked.unlinked(event(CallEvent.Kind.ANSWER, CLIENT, "102", T0.plusSeconds(5))),
                "a linked user stays, like every link");
    }

    @Test
    void aNumberIsLookedUpOnlyWhileTheCallHasNoneAndNoClient() {
        PhoneCall.Found withClient = new PhoneCall.Found(7, null, "101", 3L, 40L, null, T0);
        assertNull(withClient.unlinked(event(CallEvent.Kind.END, CLIENT, "101", T0)));
        PhoneCall.Found endedFirst = new PhoneCall.Found(7, null, null, null, null, null, T0.plusSeconds(90));
        assertEquals(new PhoneCall.Unlinked(7, null, CLIENT, T0),
                endedFirst.unlinked(event(CallEvent.Kind.START, CLIENT, null, T0)),
                "the order is looked for on the day the call began, known from its start");
    }
}
