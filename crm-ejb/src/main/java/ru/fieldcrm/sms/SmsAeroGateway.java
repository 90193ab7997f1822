package ru.fieldcrm.sms;

import static ru.fieldcrm.sms.GatewayHttp.blank;
import static ru.fieldcrm.sms.GatewayHttp.digits;
import static ru.fieldcrm.sms.GatewayHttp.integer;
import static ru.fieldcrm.sms.GatewayHttp.join;
import static ru.fieldcrm.sms.GatewayHttp.object;
import static ru.fieldcrm.sms.GatewayHttp.scrub;
import static ru.fieldcrm.sms.GatewayHttp.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * SMS Aero API v2 (https://smsaero.ru/integration/documentation/api/): HTTP Basic authentication
 * with the account's e-mail and API key, {@code sms/send}, {@code sms/status} and
 * {@code sms/list}. Every answer is {@code {"success": …, "data": …, "message": …}}; a refusal
 * comes with {@code "success": false} and the reason in {@code message}, usually with HTTP 4xx
 * (401 for wrong credentials, 400 for invalid parameters). SMS Aero has no error codes of its own,
 * so the HTTP status is the code kept: a refusal is final, while HTTP 5xx, 429, timeouts and
 * network errors are worth trying again later.
 *
 * <p>Status ({@code data.status}): 0 queued, 3 handed to the operator, 4 waiting for the
 * operator's status, 8 on moderation (pending); 1 delivered; 2 not delivered, 6 rejected.
 *
 * <p>SMS Aero takes no client id: {@link #lookup} searches {@code sms/list} for the number and the
 * text and takes a message created no earlier than a minute before the message was claimed (the
 * gateway's clock may differ a little from ours).
 */
@ApplicationScoped
public class SmsAeroGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(SmsAeroGateway.class.getName());
    /** The sender name SMS Aero's own clients use when the account names none (the parameter is required). */
    static final String DEFAULT_SIGN = "SMS Aero";
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    private static final int MAX_PAGES = 20;

    private final GatewayHttp http;

    public SmsAeroGateway() {
        this(new GatewayHttp());
    }

    SmsAeroGateway(GatewayHttp http) {
        this.http = http;
    }

    @Override
    public SmsGatewayKind kind() {
        return SmsGatewayKind.SMS_AERO;
    }

    @Override
    public SendOutcome send(GatewayAccount account, OutgoingSms sms) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", digits(sms.phone()));
        form.put("text", sms.text());
        form.put("sign", blank(account.sender()) ? DEFAULT_SIGN : account.sender().strip());
        GatewayHttp.Reply reply = post(account, "/sms/send", form);
        if (reply instanceof GatewayHttp.Reply.Failed f) {
            LOG.fine(() -> "SMS Aero send of message " + sms.id() + " failed: " + f.code());
            return new SendOutcome.TransientFailure(f.code(), f.text());
        }
        GatewayHttp.Reply.Answer answer = (GatewayHttp.Reply.Answer) reply;
        if (!success(answer)) {
            LOG.fine(() -> "SMS Aero refused message " + sms.id() + " with HTTP " + answer.status());
            return new SendOutcome.PermanentFailure(String.valueOf(answer.status()), message(answer, account));
        }
        String id = text(object(answer.body(), "data"), "id");
        if (blank(id)) {
            return new SendOutcome.TransientFailure("BAD_ANSWER", "The answer names no message id");
        }
        LOG.fine(() -> "SMS Aero accepted message " + sms.id() + " as " + id);
        return new SendOutcome.Accepted(id);
    }

    @Override
    public DeliveryOutcome delivery(GatewayAccount account, String gatewayMessageId, String phone) {
        GatewayHttp.Reply reply = post(account, "/sms/status", Map.of("id", gatewayMessageId));
        if (reply instanceof GatewayHttp.Reply.Failed f) {
            return new DeliveryOutcome.Unknown(f.code(), f.text());
        }
        GatewayHttp.Reply.Answer answer = (GatewayHttp.Reply.Answer) reply;
        if (!success(answer)) {
            return new DeliveryOutcome.Unknown(String.valueOf(answer.status()), message(answer, account));
        }
        JsonObject data = object(answer.body(), "data");
        Integer status = integer(data, "status");
        LOG.fine(() -> "SMS Aero status of " + gatewayMessageId + ": " + status);
        if (status == null) {
            return new DeliveryOutcome.Unknown("BAD_ANSWER", "The answer names no status");
        }
        String extended = text(data, "extendStatus");
        return switch (status) {
            case 1 -> new DeliveryOutcome.Delivered();
            case 0, 3, 4, 8 -> new DeliveryOutcome.Pending();
            case 2, 6 -> new DeliveryOutcome.Undelivered(String.valueOf(status),
                    blank(extended) ? (status == 2 ? "not delivered" : "rejected") : extended);
            default -> new DeliveryOutcome.Unknown(String.valueOf(status),
                    "SMS Aero status " + status + (blank(extended) ? "" : " (" + extended + ")"));
        };
    }

    @Override
    public LookupOutcome lookup(GatewayAccount account, OutgoingSms sms) {
        String number = digits(sms.phone());
        Instant notBefore = sms.since() == null ? Instant.EPOCH : sms.since().minus(CLOCK_SLACK);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", number);
        form.put("text", sms.text());
        for (int page = 1; page <= MAX_PAGES; page++) {
            GatewayHttp.Reply reply = post(account, "/sms/list" + (page == 1 ? "" : "?page=" + page), form);
            if (reply instanceof GatewayHttp.Reply.Failed f) {
                return new LookupOutcome.Unknown(f.code(), f.text());
            }
            GatewayHttp.Reply.Answer answer = (GatewayHttp.Reply.Answer) reply;
            if (!success(answer)) {
                return new LookupOutcome.Unknown(String.valueOf(answer.status()), message(answer, account));
            }
            JsonValue data = answer.body().get("data");
            for (JsonObject m : messages(data)) {
                Integer created = integer(m, "dateCreate");
                if (number.equals(digits(text(m, "number"))) && sms.text().equals(text(m, "text"))
                        && created != null && !Instant.ofEpochSecond(created).isBefore(notBefore)) {
                    String id = text(m, "id");
                    LOG.fine(() -> "SMS Aero has message " + sms.id() + " as " + id);
                    return new LookupOutcome.Found(id);
                }
            }
            JsonObject links = data instanceof JsonObject o ? object(o, "links") : null;
            if (blank(text(links, "next"))) {
                LOG.fine(() -> "SMS Aero does not have message " + sms.id());
                return new LookupOutcome.NotFound();
            }
        }
        return new LookupOutcome.Unknown("TOO_MANY", "More than " + MAX_PAGES + " pages of messages to search");
    }

    private GatewayHttp.Reply post(GatewayAccount account, String path, Map<String, String> form) {
        String credentials = (account.login() == null ? "" : account.login()) + ":" + account.secret();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return http.post(join(account.apiUrl(), path), form, authorization, account.secret());
    }

    private static boolean success(GatewayHttp.Reply.Answer answer) {
        return answer.body().getBoolean("success", false) && answer.status() < 300;
    }

    private static String message(GatewayHttp.Reply.Answer answer, GatewayAccount account) {
        String message = text(answer.body(), "message");
        return scrub(blank(message) ? "SMS Aero refused the request (HTTP " + answer.status() + ")" : message,
                account.secret());
    }

    /** The messages of a list: an object whose numbered members are messages (beside "links" and "totalCount"), or an array. */
    private static List<JsonObject> messages(JsonValue data) {
        List<JsonObject> messages = new ArrayList<>();
        Iterable<JsonValue> values = data instanceof JsonObject o ? o.values()
                : data != null && data.getValueType() == JsonValue.ValueType.ARRAY ? data.asJsonArray() : List.of();
        for (JsonValue v : values) {
            if (v instanceof JsonObject m && m.containsKey("id")) {
                messages.add(m);
            }
        }
        return messages;
    }
}
