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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * SMS.ru (https://sms.ru/api/send, https://sms.ru/api/status): {@code sms/send} and
 * {@code sms/status} with {@code api_id} (the secret) and {@code json=1}. Every answer carries a
 * {@code status_code}, for the request as a whole and for each number or message.
 *
 * <p>Of the documented error codes, these are worth trying again later: 206 (the account's own
 * daily limit), 220 (service temporarily unavailable), 231 (the same text to the same number more
 * than allowed in a minute), 233 (too many messages with codes to the number in a short time) and
 * 500 and above (server error). All others are final for the message: 200/301 wrong api_id,
 * 201 not enough money, 202 wrong recipient, 203 no text, 204 sender name not approved, 205 too
 * long, 207 no route to the number, 208 bad {@code time}, 209 the number is in the account's stop
 * list, 212 text not in UTF-8, 213 too many numbers, 214 foreign number refused by the settings,
 * 215 the number is in SMS.ru's stop list (spam complaint), 230 the day's limit of messages to the
 * number, 232 the day's limit of identical messages to the number, 300 wrong token, 302 account
 * not confirmed, and any code not listed.
 *
 * <p>SMS.ru takes no client id, so {@link #lookup} cannot find a message: {@code Unsupported}.
 */
@ApplicationScoped
public class SmsRuGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(SmsRuGateway.class.getName());
    private static final Set<Integer> TRANSIENT = Set.of(206, 220, 231, 233);
    private static final Set<Integer> PENDING = Set.of(100, 101, 102);
    /** 103 delivered; 110 read (for channels that report it). */
    private static final Set<Integer> DELIVERED = Set.of(103, 110);
    /** 104 expired, 105 deleted by the operator, 106 phone failure, 107 unknown reason, 108 rejected, 150 no route. */
    private static final Set<Integer> UNDELIVERED = Set.of(104, 105, 106, 107, 108, 150);

    private final GatewayHttp http;

    public SmsRuGateway() {
        this(new GatewayHttp());
    }

    SmsRuGateway(GatewayHttp http) {
        this.http = http;
    }

    @Override
    public SmsGatewayKind kind() {
        return SmsGatewayKind.SMS_RU;
    }

    @Override
    public SendOutcome send(GatewayAccount account, OutgoingSms sms) {
        String to = digits(sms.phone());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_id", account.secret());
        form.put("to", to);
        form.put("msg", sms.text());
        form.put("json", "1");
        if (!blank(account.sender())) {
            form.put("from", account.sender().strip());
        }
        GatewayHttp.Reply reply = http.post(join(account.apiUrl(), "/sms/send"), form, null, account.secret());
        if (reply instanceof GatewayHttp.Reply.Failed f) {
            LOG.fine(() -> "SMS.ru send of message " + sms.id() + " failed: " + f.code());
            return new SendOutcome.TransientFailure(f.code(), f.text());
        }
        JsonObject body = ((GatewayHttp.Reply.Answer) reply).body();
        JsonObject result = body;
        if (isOk(body)) {
            JsonObject perNumber = object(body, "sms");
            result = object(perNumber, to);
            if (result == null && perNumber != null && perNumber.size() == 1) {
                result = perNumber.values().iterator().next().asJsonObject();
            }
            if (result == null) {
                return new SendOutcome.TransientFailure("BAD_ANSWER", "The answer names no result for the number");
            }
        }
        String smsId = text(result, "sms_id");
        if (isOk(result) && !blank(smsId)) {
            LOG.fine(() -> "SMS.ru accepted message " + sms.id() + " as " + smsId);
            return new SendOutcome.Accepted(smsId);
        }
        Integer code = integer(result, "status_code");
        String codeText = code == null ? "ERROR" : String.valueOf(code);
        String message = scrub(describe(result), account.secret());
        LOG.fine(() -> "SMS.ru refused message " + sms.id() + " with " + codeText);
        return code != null && (TRANSIENT.contains(code) || code >= 500)
                ? new SendOutcome.TransientFailure(codeText, message)
                : new SendOutcome.PermanentFailure(codeText, message);
    }

    @Override
    public DeliveryOutcome delivery(GatewayAccount account, String gatewayMessageId, String phone) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_id", account.secret());
        form.put("sms_id", gatewayMessageId);
        form.put("json", "1");
        GatewayHttp.Reply reply = http.post(join(account.apiUrl(), "/sms/status"), form, null, account.secret());
        if (reply instanceof GatewayHttp.Reply.Failed f) {
            return new DeliveryOutcome.Unknown(f.code(), f.text());
        }
        JsonObject body = ((GatewayHttp.Reply.Answer) reply).body();
        JsonObject result = isOk(body) ? object(object(body, "sms"), gatewayMessageId) : body;
        Integer code = integer(result, "status_code");
        if (code == null) {
            return new DeliveryOutcome.Unknown("BAD_ANSWER", "The answer names no status for the message");
        }
        String message = scrub(describe(result), account.secret());
        LOG.fine(() -> "SMS.ru status of " + gatewayMessageId + ": " + code);
        if (!isOk(result)) {
            // -1: SMS.ru does not know the id; or the question itself was refused (wrong api_id…).
            return new DeliveryOutcome.Unknown(String.valueOf(code), message);
        }
        if (DELIVERED.contains(code)) {
            return new DeliveryOutcome.Delivered();
        }
        if (PENDING.contains(code)) {
            return new DeliveryOutcome.Pending();
        }
        if (UNDELIVERED.contains(code)) {
            return new DeliveryOutcome.Undelivered(String.valueOf(code), message);
        }
        return new DeliveryOutcome.Unknown(String.valueOf(code), message);
    }

    @Override
    public LookupOutcome lookup(GatewayAccount account, OutgoingSms sms) {
        return new LookupOutcome.Unsupported();
    }

    /** {@code "status": "OK"}: the request, or the number's or message's part of it, went through. */
    private static boolean isOk(JsonObject o) {
        return "OK".equals(text(o, "status"));
    }

    private static String describe(JsonObject o) {
        String text = text(o, "status_text");
        return blank(text) ? "SMS.ru status " + text(o, "status_code") : text;
    }
}
