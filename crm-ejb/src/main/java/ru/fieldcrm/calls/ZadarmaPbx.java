package ru.fieldcrm.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zadarma. What this relies on, from Zadarma's API documentation (https://zadarma.com/en/support/api/)
 * and its official PHP client (https://github.com/zadarma/user-api-v1: {@code lib/Client.php},
 * {@code lib/Webhook/Notify*.php}, {@code examples/callinfo_callback.php}):
 * <ul>
 * <li>Checking the address: Zadarma GETs it with {@code zd_echo=X} and expects {@code X} back.</li>
 * <li>Events are POSTed as a form with {@code event}: NOTIFY_START (an incoming call begins:
 *     {@code call_start}, {@code pbx_call_id}, {@code caller_id}, {@code called_did}), NOTIFY_INTERNAL
 *     (it rings an extension: the same and {@code internal}), NOTIFY_ANSWER ({@code caller_id},
 *     {@code destination}, {@code call_start}, {@code pbx_call_id}, {@code internal}), NOTIFY_END (the
 *     start's fields and {@code internal}, {@code duration}, {@code disposition}, {@code is_recorded},
 *     {@code call_id_with_rec}), NOTIFY_OUT_START ({@code call_start}, {@code pbx_call_id},
 *     {@code internal}, {@code destination}), NOTIFY_OUT_END (those and {@code caller_id},
 *     {@code duration}, {@code disposition}, ...), NOTIFY_RECORD ({@code call_id_with_rec},
 *     {@code pbx_call_id}).</li>
 * <li>Each carries a {@code Signature} header: base64 of the lower-case hex HMAC-SHA1, keyed with
 *     the API secret, of the event's fields concatenated: {@code caller_id + called_did + call_start}
 *     for NOTIFY_START, NOTIFY_INTERNAL and NOTIFY_END; {@code caller_id + destination + call_start}
 *     for NOTIFY_ANSWER; {@code internal + destination + call_start} for NOTIFY_OUT_START and
 *     NOTIFY_OUT_END; {@code pbx_call_id + call_id_with_rec} for NOTIFY_RECORD.</li>
 * <li>{@code call_start} is {@code yyyy-MM-dd HH:mm:ss}, read here in the company's zone (the zone
 *     the account is set to); {@code disposition} is answered, busy, cancel, no answer, failed, ….</li>
 * <li>API requests ({@link #authorization}): {@code Authorization: key:signature}, the signature
 *     being base64 of the hex HMAC-SHA1 of {@code method + query + md5(query)}, where the query is the
 *     parameters sorted by name and URL-encoded as PHP's {@code http_build_query} does (spaces as +).</li>
 * <li>A recording ({@link #recording(Account, String, String)}): {@code GET /v1/pbx/record/request/}
 *     signed as above, with {@code call_id} (the event's {@code call_id_with_rec}; without it
 *     {@code pbx_call_id}) and {@code lifetime} in seconds (180 to 5184000); the answer's
 *     {@code link} (or {@code links}, for a {@code pbx_call_id}) plays until {@code lifetime_till}.</li>
 * </ul>
 * NOTIFY_END and NOTIFY_RECORD give the recording's id only; its link is asked for each time someone
 * plays it, because it expires.
 */
@ApplicationScoped
class ZadarmaPbx implements PbxAdapter {

    static final String DEFAULT_URL = "https://api.zadarma.com";

    /** How long a recording's link plays: long enough to listen to a long call, short enough not to be passed on. */
    static final Duration LINK_LIFETIME = Duration.ofMinutes(30);

    @Override
    public PbxKind kind() {
        return PbxKind.ZADARMA;
    }

    @Override
    public Reading read(Account account, WebhookRequest request, ZoneId zone) {
        String echo = request.field("zd_echo");
        if (echo != null) {
            return new Reading.Answer(WebhookAnswer.ok(echo));
        }
        String name = request.field("event");
        if (name == null || name.isBlank()) {
            throw Refusal.malformed("event is missing");
        }
        String signed = switch (name) {
            case "NOTIFY_START", "NOTIFY_INTERNAL", "NOTIFY_END" -> f(request, "caller_id") + f(request, "called_did")
                    + f(request, "call_start");
            case "NOTIFY_ANSWER" -> f(request, "caller_id") + f(request, "destination") + f(request, "call_start");
            case "NOTIFY_OUT_START", "NOTIFY_OUT_END" -> f(request, "internal") + f(request, "destination")
                    + f(request, "call_start");
            case "NOTIFY_RECORD" -> f(request, "pbx_call_id") + f(request, "call_id_with_rec");
            default -> null;
        };
        if (signed == null) {
            // An event the CRM does not follow (IVR, SMS, speech recognition): stored nowhere.
            return new Reading.Answer(WebhookAnswer.ok(""));
        }
        String signature = request.header("Signature");
        if (signature == null || signature.isBlank()) {
            throw Refusal.unsigned("Signature header is missing");
        }
        if (account.secret() == null || !MessageDigest.isEqual(sign(signed, account.secret()).getBytes(
                StandardCharsets.US_ASCII), signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw Refusal.unsigned("Signature does not match");
        }
        String callId = request.field("pbx_call_id");
        if (callId == null || callId.isBlank() || callId.length() > 100) {
            throw Refusal.malformed("pbx_call_id is missing");
        }
        Instant at = name.equals("NOTIFY_RECORD") ? null : time(request.field("call_start"), zone);
        String internal = extension(request.field("internal"));
        CallEvent event = switch (name) {
            case "NOTIFY_START" -> new CallEvent(CallEvent.Kind.START, callId + "/" + name, callId,
                    CallDirection.INCOMING, number(request, "caller_id"), number(request, "called_did"), null, at,
                    null, null, null, null);
            case "NOTIFY_INTERNAL" -> new CallEvent(CallEvent.Kind.START, callId + "/" + name + "/" + internal, callId,
                    CallDirection.INCOMING, number(request, "caller_id"), number(request, "called_did"), internal, at,
                    null, null, null, null);
            // Zadarma sends NOTIFY_ANSWER for incoming calls only: one that comes before its call's
            // NOTIFY_START (they are sent at once and may overtake each other) begins the call.
            case "NOTIFY_ANSWER" -> new CallEvent(CallEvent.Kind.ANSWER, callId + "/" + name, callId,
                    CallDirection.INCOMING,
                    number(request, "caller_id"), null, internal, Instant.now(), null, null, null, null);
            case "NOTIFY_END" -> new CallEvent(CallEvent.Kind.END, callId + "/" + name, callId, CallDirection.INCOMING,
                    number(request, "caller_id"), number(request, "called_did"), internal, endOf(at, request),
                    seconds(request), result(request.field("disposition")), null,
                    recording(request, false));
            case "NOTIFY_OUT_START" -> new CallEvent(CallEvent.Kind.START, callId + "/" + name, callId,
                    CallDirection.OUTGOING, number(request, "destination"), null, internal, at, null, null, null, null);
            case "NOTIFY_OUT_END" -> new CallEvent(CallEvent.Kind.END, callId + "/" + name, callId,
                    CallDirection.OUTGOING, number(request, "destination"), number(request, "caller_id"), internal,
                    endOf(at, request), seconds(request), result(request.field("disposition")), null,
                    recording(request, false));
            default -> new CallEvent(CallEvent.Kind.RECORD, callId + "/" + name, callId, null, null, null, null, null,
                    null, null, null, recording(request, true));
        };
        return new Reading.Event(event, GenericPbx.payload(request), WebhookAnswer.ok(""));
    }

    @Override
    public Callback callback(Account account, String extension, String number) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("from", extension);
        parameters.put("to", number.startsWith("+") ? number.substring(1) : number);
        PbxHttp.Answer answer = get(account, "/v1/request/callback/", parameters);
        if (answer.ok() && success(answer.body()) != null) {
            return new Callback(true, null);
        }
        return new Callback(false, answer.reason());
    }

    @Override
    public Recording recording(Account account, String pbxCallId, String recordingId) {
        Map<String, String> parameters = new TreeMap<>();
        if (recordingId != null) {
            parameters.put("call_id", recordingId);
        } else {
            parameters.put("pbx_call_id", pbxCallId);
        }
        parameters.put("lifetime", String.valueOf(LINK_LIFETIME.toSeconds()));
        PbxHttp.Answer answer = get(account, "/v1/pbx/record/request/", parameters);
        JsonObject found = answer.ok() ? success(answer.body()) : null;
        if (found == null) {
            return Recording.none(answer.reason());
        }
        String link = found.get("link") instanceof JsonString text ? text.getString()
                : found.get("links") instanceof JsonArray links && !links.isEmpty()
                        && links.get(0) instanceof JsonString first ? first.getString() : null;
        return link != null && link.matches("https?://\\S+") ? Recording.at(link)
                : Recording.none("no link in the answer");
    }

    /** A signed GET of the API's {@code method} (e.g. {@code /v1/request/callback/}), in JSON. */
    private static PbxHttp.Answer get(Account account, String method, Map<String, String> query) {
        Map<String, String> parameters = new TreeMap<>(query);
        parameters.put("format", "json");
        String base = account.apiUrl() == null ? DEFAULT_URL : account.apiUrl().replaceAll("/+$", "");
        return PbxHttp.send(HttpRequest.newBuilder(URI.create(base + method + "?" + query(parameters)))
                .timeout(PbxHttp.TIMEOUT)
                .header("Authorization", authorization(method, parameters, account.apiKey(), account.secret()))
                .GET().build());
    }

    /** The answer's object when its {@code status} is success. */
    private static JsonObject success(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject answer = reader.readObject();
            return "success".equals(answer.getString("status", null)) ? answer : null;
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        }
    }

    /** The {@code Signature} of an event: base64 of the hex HMAC-SHA1 of its signed fields. */
    static String sign(String signed, String secret) {
        return Base64.getEncoder().encodeToString(hmacSha1Hex(signed, secret).getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@code Authorization} header of an API request to {@code method} (e.g. {@code /v1/request/callback/}). */
    static String authorization(String method, Map<String, String> parameters, String key, String secret) {
        String query = query(parameters);
        String signature = Base64.getEncoder().encodeToString(
                hmacSha1Hex(method + query + md5Hex(query), secret).getBytes(StandardCharsets.US_ASCII));
        return key + ":" + signature;
    }

    /** The parameters sorted by name and encoded as PHP's {@code http_build_query} (RFC 1738: spaces as +). */
    static String query(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        // URLEncoder leaves * unescaped where PHP escapes it; the rest is the same.
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A");
    }

    static String hmacSha1Hex(String text, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing", e);
        }
    }

    static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is missing", e);
        }
    }

    private static String f(WebhookRequest request, String name) {
        String value = request.field(name);
        return value == null ? "" : value;
    }

    private static String number(WebhookRequest request, String name) {
        return CallNumbers.normalize(request.field(name));
    }

    private static String extension(String internal) {
        if (internal == null || internal.isBlank()) {
            return null;
        }
        if (!internal.strip().matches("\\d{1,16}")) {
            throw Refusal.malformed("internal must be 1 to 16 digits");
        }
        return internal.strip();
    }

    private static Instant time(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw Refusal.malformed("call_start is missing");
        }
        try {
            return LocalDateTime.parse(text.strip(), GenericPbx.LOCAL).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw Refusal.malformed("call_start must be yyyy-MM-dd HH:mm:ss");
        }
    }

    /**
     * Zadarma's id of the call's recording ({@code call_id_with_rec}): required by NOTIFY_RECORD,
     * taken from an end when {@code is_recorded} is not 0.
     */
    private static String recording(WebhookRequest request, boolean required) {
        String id = request.field("call_id_with_rec");
        if (id == null || id.isBlank() || !required && "0".equals(f(request, "is_recorded").strip())) {
            if (required) {
                throw Refusal.malformed("call_id_with_rec is missing");
            }
            return null;
        }
        if (id.length() > 200 || !id.strip().matches("[\\w.-]+")) {
            throw Refusal.malformed("call_id_with_rec must be letters, digits, dots and dashes");
        }
        return id.strip();
    }

    private static Integer seconds(WebhookRequest request) {
        String duration = request.field("duration");
        if (duration == null || duration.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(duration.strip());
        } catch (NumberFormatException e) {
            throw Refusal.malformed("duration must be whole seconds");
        }
    }

    /** The end of a call: its start plus its duration (Zadarma sends no end time). */
    private static Instant endOf(Instant start, WebhookRequest request) {
        Integer seconds = seconds(request);
        return seconds == null ? null : start.plusSeconds(seconds);
    }

    static CallResult result(String disposition) {
        if (disposition == null) {
            return null;
        }
        return switch (disposition.strip().toLowerCase(Locale.ROOT)) {
            case "answered" -> CallResult.ANSWERED;
            case "busy" -> CallResult.BUSY;
            case "cancel", "no answer" -> CallResult.NO_ANSWER;
            default -> CallResult.FAILED;
        };
    }
}
