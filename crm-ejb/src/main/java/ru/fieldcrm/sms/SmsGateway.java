package ru.fieldcrm.sms;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One SMS gateway's documented HTTP API. Implementations never throw for what the gateway or the
 * network answers: they classify it. A transient failure (network, timeout, 5xx, rate limit) is
 * tried again later; a permanent one (bad number, no money, rejected text, wrong credentials) is
 * final. Codes and texts are the gateway's own, kept for the log; secrets never appear in them.
 */
public interface SmsGateway {

    SmsGatewayKind kind();

    /** Hands one message to the gateway. */
    SendOutcome send(GatewayAccount account, OutgoingSms sms);

    /** What the gateway knows about the delivery of a message it accepted. */
    DeliveryOutcome delivery(GatewayAccount account, String gatewayMessageId, String phone);

    /**
     * Whether the gateway already took this message: asked after a server stopped between handing
     * it over and recording the answer, so that it is sent again only if the gateway does not have it.
     */
    LookupOutcome lookup(GatewayAccount account, OutgoingSms sms);

    /**
     * The delivery reports in a request the gateway posts to the CRM (SMS.ru and SMSC.ru do, once
     * the company enters the CRM's address in the gateway's account), parsed from the request's
     * form fields; empty for a gateway that sends none or a request that holds none.
     */
    default List<DeliveryReport> reports(Map<String, List<String>> form) {
        return List.of();
    }

    /** The body the gateway expects in answer to its report. */
    default String reportAnswer() {
        return "OK";
    }

    /** What a gateway reported about one message it accepted earlier. */
    record DeliveryReport(String gatewayMessageId, DeliveryOutcome outcome) {
    }

    /** Credentials and addresses as saved in the settings; {@code apiUrl} is never blank here. */
    record GatewayAccount(SmsGatewayKind kind, String apiUrl, String login, String secret, String sender) {
        @Override
        public String toString() {
            return "GatewayAccount[" + kind + ", " + apiUrl + ", login=" + login + "]";
        }
    }

    /**
     * A message to send: the CRM's id (gateways that take the client's id get it, so a lookup can
     * find it), the number in E.164 ({@code +79161234567}), the text, and when the message was first
     * claimed for sending (a lookup need not search before it).
     */
    record OutgoingSms(long id, String phone, String text, Instant since) {
    }

    sealed interface SendOutcome {
        record Accepted(String gatewayMessageId) implements SendOutcome {
        }

        record TransientFailure(String code, String text) implements SendOutcome {
        }

        record PermanentFailure(String code, String text) implements SendOutcome {
        }
    }

    sealed interface DeliveryOutcome {
        record Delivered() implements DeliveryOutcome {
        }

        /** Final: the gateway gave up (expired, rejected by the operator, number unreachable…). */
        record Undelivered(String code, String text) implements DeliveryOutcome {
        }

        /** Still on its way: ask again later. */
        record Pending() implements DeliveryOutcome {
        }

        /** The question itself failed (network, 5xx): ask again later. */
        record Unknown(String code, String text) implements DeliveryOutcome {
        }
    }

    sealed interface LookupOutcome {
        record Found(String gatewayMessageId) implements LookupOutcome {
        }

        record NotFound() implements LookupOutcome {
        }

        /** The gateway's API cannot tell (no client ids, no search). */
        record Unsupported() implements LookupOutcome {
        }

        /** The question failed for now: ask again later. */
        record Unknown(String code, String text) implements LookupOutcome {
        }
    }
}
