package ru.fieldcrm.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Mango Office's virtual PBX (VPBX API).
 * <ul>
 * <li>Events are posted as a form of {@code vpbx_api_key}, {@code sign} and {@code json} to
 *     {@code <address>/events/call}, {@code /events/summary}, {@code /events/recording}; the
 *     address given to Mango is the webhook's, with its token. {@code sign} is the hex SHA-256 of
 *     {@code vpbx_api_key + json + salt}; the key must be the account's.</li>
 * <li>{@code events/call}: one per change of a leg ({@code call_state} Appeared, Connected, OnHold,
 *     Disconnected) with {@code entry_id} (the whole call), {@code call_id} (the leg), {@code seq},
 *     {@code timestamp} (Unix seconds), {@code from} and {@code to} ({@code extension},
 *     {@code number}). An Appeared leg to an extension rings it; Connected answers.</li>
 * <li>{@code events/summary}: the call's end: {@code call_direction} (1 incoming, 2 outgoing, 0
 *     internal: not followed), {@code create_time}, {@code talk_time}, {@code end_time},
 *     {@code entry_result} (1 answered).</li>
 * <li>{@code events/recording} (and the newer {@code events/record/added}): {@code recording_id} of
 *     the call's {@code entry_id} when its {@code recording_state} is Completed (or not given).</li>
 * <li>A recording's link: {@code queries/recording/post} posted the same way with
 *     {@code recording_id} and {@code action} play; Mango answers with a redirect to the file,
 *     whose address plays for a while. It is asked each time someone plays the call.</li>
 * <li>Click-to-call: {@code commands/callback} posted the same way with {@code command_id},
 *     {@code from.extension} and {@code to_number}; {@code result} 1000 is success.</li>
 * </ul>
 */
@ApplicationScoped
class MangoPbx implements PbxAdapter {

    static final String DEFAULT_URL = "https://app.mango-office.ru/vpbx";

    @Override
    public PbxKind kind() {
        return PbxKind.MANGO;
    }

    @Override
    public Reading read(Account account, WebhookRequest request, ZoneId zone) {
        String key = request.field("vpbx_api_key");
        String sign = request.field("sign");
        String json = request.field("json");
        if (key == null || sign == null || sign.isBlank()) {
            throw Refusal.unsigned("vpbx_api_key or sign is missing");
        }
        if (json == null) {
            throw Refusal.malformed("json is missing");
        }
        boolean ours = account.apiKey() != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                account.apiKey().getBytes(StandardCharsets.UTF_8));
        if (!ours || account.secret() == null || !MessageDigest.isEqual(sign(key, json, account.secret())
                .getBytes(StandardCharsets.US_ASCII), sign.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw Refusal.unsigned("sign does not match");
        }
        JsonObject event = parse(json);
        CallEvent read = switch (request.path()) {
            case "events/call" -> call(event);
            case "events/summary" -> summary(event);
            case "events/recording", "events/record/added" -> recording(event);
            // Other notifications (DTMF, SMS, command results): heard, nothing to keep.
            default -> null;
        };
        if (read == null) {
            return new Reading.Answer(WebhookAnswer.ok(""));
        }
        return new Reading.Event(read, json, WebhookAnswer.ok(""));
    }

    private static CallEvent call(JsonObject event) {
        String entry = text(event, "entry_id", true);
        String state = text(event, "call_state", true);
        JsonObject from = party(event, "from");
        JsonObject to = party(event, "to");
        String fromExtension = extension(from);
        String toExtension = extension(to);
        // A leg from outside to an extension is an incoming call; from an extension outward, outgoing.
        CallDirection direction = fromExtension != null && toExtension == null ? CallDirection.OUTGOING
                : CallDirection.INCOMING;
        String clientPhone = CallNumbers.normalize(direction == CallDirection.INCOMING ? text(from, "number", false)
                : text(to, "number", false));
        String extension = direction == CallDirection.INCOMING ? toExtension : fromExtension;
        String leg = text(event, "call_id", false);
        String eventKey = entry + "/call/" + (leg == null ? "" : leg) + "/" + state + "/" + seq(event);
        Instant at = Instant.ofEpochSecond(number(event, "timestamp", true));
        return switch (state) {
            case "Appeared" -> new CallEvent(CallEvent.Kind.START, eventKey, entry, direction, clientPhone,
                    CallNumbers.normalize(text(to, "line_number", false)), extension, at, null, null, null, null);
            case "Connected" -> new CallEvent(CallEvent.Kind.ANSWER, eventKey, entry, null, clientPhone, null,
                    extension, at, null, null, null, null);
            // The end and its result come with the summary.
            default -> null;
        };
    }

    private static CallEvent summary(JsonObject event) {
        String entry = text(event, "entry_id", true);
        long direction = number(event, "call_direction", true);
        if (direction != 1 && direction != 2) {
            return null;
        }
        boolean incoming = direction == 1;
        JsonObject from = party(event, "from");
        JsonObject to = party(event, "to");
        long created = number(event, "create_time", true);
        long talk = number(event, "talk_time", false);
        long end = number(event, "end_time", true);
        boolean answered = number(event, "entry_result", false) == 1 && talk > 0;
        CallResult result = answered ? CallResult.ANSWERED : incoming ? CallResult.MISSED : CallResult.NO_ANSWER;
        int seconds = answered ? (int) Math.max(0, end - talk) : 0;
        String clientPhone = CallNumbers.normalize(incoming ? text(from, "number", false) : text(to, "number", false));
        String extension = incoming ? extension(to) : extension(from);
        return new CallEvent(CallEvent.Kind.END, entry + "/summary", entry,
                incoming ? CallDirection.INCOMING : CallDirection.OUTGOING, clientPhone,
                CallNumbers.normalize(text(event, "line_number", false)), extension,
                Instant.ofEpochSecond(end < created ? created : end), seconds, result, null, null);
    }

    private static CallEvent recording(JsonObject event) {
        String entry = text(event, "entry_id", true);
        String state = text(event, "recording_state", false);
        if (state != null && !state.equals("Completed")) {
            return null;
        }
        String recording = text(event, "recording_id", true);
        return new CallEvent(CallEvent.Kind.RECORD, entry + "/recording/" + recording, entry, null, null, null, null,
                null, null, null, null, recording);
    }

    @Override
    public Callback callback(Account account, String extension, String number) {
        String json = Json.createObjectBuilder().add("command_id", UUID.randomUUID().toString())
                .add("from", Json.createObjectBuilder().add("extension", extension))
                .add("to_number", number.startsWith("+") ? number.substring(1) : number).build().toString();
        PbxHttp.Answer answer = post(account, "/commands/callback", json);
        if (answer.ok() && answer.body().replace(" ", "").contains("\"result\":1000")) {
            return new Callback(true, null);
        }
        return new Callback(false, answer.reason());
    }

    @Override
    public Recording recording(Account account, String pbxCallId, String recordingId) {
        if (recordingId == null) {
            return Recording.none("no recording_id came for this call");
        }
        String json = Json.createObjectBuilder().add("recording_id", recordingId).add("action", "play").build()
                .toString();
        PbxHttp.Answer answer = post(account, "/queries/recording/post", json);
        // Mango answers with a redirect to the file, its link for a while.
        if (answer.failure() == null && answer.status() / 100 == 3 && answer.location() != null
                && answer.location().matches("https?://\\S+")) {
            return Recording.at(answer.location());
        }
        return Recording.none(answer.reason());
    }

    /** Posts a signed command or query to the API's {@code path} (e.g. {@code /commands/callback}). */
    private static PbxHttp.Answer post(Account account, String path, String json) {
        String form = "vpbx_api_key=" + encode(account.apiKey()) + "&sign="
                + sign(account.apiKey(), json, account.secret()) + "&json=" + encode(json);
        String base = account.apiUrl() == null ? DEFAULT_URL : account.apiUrl().replaceAll("/+$", "");
        return PbxHttp.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(PbxHttp.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Mango's {@code sign}: hex SHA-256 of the key, the JSON as sent and the salt. */
    static String sign(String key, String json, String salt) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((key + json + salt).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Refusal.malformed("json is not a JSON object");
        }
    }

    private static JsonObject party(JsonObject event, String name) {
        JsonValue value = event.get(name);
        return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String extension(JsonObject party) {
        String extension = text(party, "extension", false);
        if (extension == null || extension.isBlank()) {
            return null;
        }
        if (!extension.strip().matches("\\d{1,16}")) {
            throw Refusal.malformed("extension must be 1 to 16 digits");
        }
        return extension.strip();
    }

    private static String text(JsonObject object, String name, boolean required) {
        JsonValue value = object.get(name);
        String text = switch (value == null ? JsonValue.ValueType.NULL : value.getValueType()) {
            case STRING -> object.getString(name);
            case NUMBER -> value.toString();
            default -> null;
        };
        if (text != null && text.length() > 100) {
            throw Refusal.malformed(name + " is too long");
        }
        if (required && (text == null || text.isBlank())) {
            throw Refusal.malformed(name + " is missing");
        }
        return text;
    }

    private static long number(JsonObject object, String name, boolean required) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
            try {
                return Long.parseLong(object.getString(name).strip());
            } catch (NumberFormatException e) {
                throw Refusal.malformed(name + " must be a number");
            }
        }
        if (required) {
            throw Refusal.malformed(name + " is missing");
        }
        return 0;
    }

    private static long seq(JsonObject event) {
        return number(event, "seq", false);
    }
}
