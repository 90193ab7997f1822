package ru.fieldcrm.sms;

import static ru.fieldcrm.sms.GatewayHttp.blank;
import static ru.fieldcrm.sms.GatewayHttp.digits;
import static ru.fieldcrm.sms.GatewayHttp.integer;
import static ru.fieldcrm.sms.GatewayHttp.join;
import static ru.fieldcrm.sms.GatewayHttp.scrub;
import static ru.fieldcrm.sms.GatewayHttp.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * SMSC.ru (https://smsc.ru/api/http/send/sms/, https://smsc.ru/api/http/status_messages/):
 * {@code sys/send.php} and {@code sys/status.php} with {@code login}, {@code psw} (the secret) and
 * {@code fmt=3} (JSON). The CRM's id goes along as SMSC's client-assigned {@code id}, so that
 * {@link #lookup} can ask for the message by that id and the number.
 *
 * <p>Send errors ({@code error_code}): 4 (IP address blocked for a while after frequent errors)
 * and 9 (the same request repeated within a minute, or too many at once) are worth trying again
 * later; 1 parameters, 2 wrong login or password, 3 no money, 5 date format, 6 message forbidden
 * (text or sender), 7 wrong number format, 8 the number cannot be reached, and any other code are
 * final.
 *
 * <p>Status ({@code status}): −1 waiting, 0 handed to the operator (pending); 1 delivered, 2 read,
 * 4 link clicked (delivered); 3 expired, 20 impossible to deliver, 22 wrong number, 23 forbidden,
 * 24 no money, 25 unavailable number (undelivered); −2 stopped (still pending: it can be resumed);
 * −3, or error 3 for a single question, "message not found".
 */
@ApplicationScoped
public class SmscGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(SmscGateway.class.getName());
    private static final int NOT_FOUND_ERROR = 3;
    private static final int NOT_FOUND_STATUS = -3;
    private static final Map<Integer, String> UNDELIVERED = Map.of(
            3, "Просрочено",
            20, "Невозможно доставить",
            22, "Неверный номер",
            23, "Запрещено",
            24, "Недостаточно средств",
            25, "Недоступный номер");

    private final GatewayHttp http;

    public SmscGateway() {
        this(new GatewayHttp());
    }

    SmscGateway(GatewayHttp http) {
        this.http = http;
    }

    @Override
    public SmsGatewayKind kind() {
        return SmsGatewayKind.SMSC;
    }

    @Override
    public SendOutcome send(GatewayAccount account, OutgoingSms sms) {
        Map<String, String> form = credentials(account);
        form.put("phones", digits(sms.phone()));
        form.put("mes", sms.text());
        form.put("id", String.valueOf(sms.id()));
        if (!blank(account.sender())) {
            form.put("sender", account.sender().strip());
        }
        form.put("fmt", "3");
        form.put("charset", "utf-8");
        GatewayHttp.Reply reply = http.post(join(account.apiUrl(), "/sys/send.php"), form, null, account.secret());
        if (reply instanceof GatewayHttp.Reply.Failed f) {
            LOG.fine(() -> "SMSC send of message " + sms.id() + " failed: " + f.code());
            return new SendOutcome.TransientFailure(f.code(), f.text());
        }
        JsonObject body = ((GatewayHttp.Reply.Answer) reply).body();
        Integer error = integer(body, "error_code");
        if (error == null && body.containsKey("error")) {
            error = 0;
        }
        if (error != null) {
            int code = error;
            String message = errorText(body, account);
            LOG.fine(() -> "SMSC refused message " + sms.id() + " with " + code);
            return code == 4 || code == 9
                    ? new SendOutcome.TransientFailure(String.valueOf(code), message)
                    : new SendOutcome.PermanentFailure(String.valueOf(code), message);
        }
        String id = text(body, "id");
        if (blank(id)) {
            return new SendOutcome.TransientFailure("BAD_ANSWER", "The answer has neither an id nor an error");
        }
        LOG.fine(() -> "SMSC accepted message " + sms.id() + " as " + id);
        return new SendOutcome.Accepted(id);
    }

    @Override
    public DeliveryOutcome delivery(GatewayAccount account, String gatewayMessageId, String phone) {
        GatewayHttp.Reply reply = status(account, gatewayMessageId, phone);
        if (reply instanceof GatewayHttp.Reply.Failed f) {
            return new DeliveryOutcome.Unknown(f.code(), f.text());
        }
        JsonObject body = ((GatewayHttp.Reply.Answer) reply).body();
        Integer error = integer(body, "error_code");
        if (error != null) {
            return new DeliveryOutcome.Unknown(String.valueOf(error), errorText(body, account));
        }
        Integer status = integer(body, "status");
        LOG.fine(() -> "SMSC status of " + gatewayMessageId + ": " + status);
        if (status == null) {
            return new DeliveryOutcome.Unknown("BAD_ANSWER", "The answer has neither a status nor an error");
        }
        return switch (status) {
            case 1, 2, 4 -> new DeliveryOutcome.Delivered();
            case -2, -1, 0 -> new DeliveryOutcome.Pending();
            default -> UNDELIVERED.containsKey(status)
                    ? new DeliveryOutcome.Undelivered(String.valueOf(status), undeliveredText(body, status))
                    : new DeliveryOutcome.Unknown(String.valueOf(status), "SMSC status " + status);
        };
    }

    @Override
    public LookupOutcome lookup(GatewayAccount account, OutgoingSms sms) {
        GatewayHttp.Reply reply = status(account, String.valueOf(sms.id()), sms.phone());
        if (reply instanceof GatewayHttp.Reply.Failed f) {
            return new LookupOutcome.Unknown(f.code(), f.text());
        }
        JsonObject body = ((GatewayHttp.Reply.Answer) reply).body();
        Integer error = integer(body, "error_code");
        Integer status = integer(body, "status");
        if ((error != null && error == NOT_FOUND_ERROR) || (status != null && status == NOT_FOUND_STATUS)) {
            LOG.fine(() -> "SMSC does not have message " + sms.id());
            return new LookupOutcome.NotFound();
        }
        if (error != null) {
            return new LookupOutcome.Unknown(String.valueOf(error), errorText(body, account));
        }
        if (status == null) {
            return new LookupOutcome.Unknown("BAD_ANSWER", "The answer has neither a status nor an error");
        }
        LOG.fine(() -> "SMSC has message " + sms.id() + " with status " + status);
        return new LookupOutcome.Found(String.valueOf(sms.id()));
    }

    private GatewayHttp.Reply status(GatewayAccount account, String id, String phone) {
        Map<String, String> form = credentials(account);
        form.put("phone", digits(phone));
        form.put("id", id);
        form.put("fmt", "3");
        form.put("charset", "utf-8");
        return http.post(join(account.apiUrl(), "/sys/status.php"), form, null, account.secret());
    }

    private static Map<String, String> credentials(GatewayAccount account) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", account.login());
        form.put("psw", account.secret());
        return form;
    }

    private static String errorText(JsonObject body, GatewayAccount account) {
        String error = text(body, "error");
        return blank(error) ? "SMSC error " + text(body, "error_code") : scrub(error, account.secret());
    }

    /** The documented name of the status, with SMSC's delivery error code ({@code err}) when it gives one. */
    private static String undeliveredText(JsonObject body, int status) {
        String err = text(body, "err");
        return UNDELIVERED.get(status) + (blank(err) || "0".equals(err) ? "" : " (err " + err + ")");
    }
}
