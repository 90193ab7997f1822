package ru.fieldcrm.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PBXs that post a templated HTTP request per event (UIS, Sipuni, OnlinePBX and the like): the
 * request is heard for the token in its address alone, so it carries no signature. The fields,
 * as a form, query parameters or a JSON object:
 * <ul>
 * <li>{@code event}: {@code start} (ringing or dialled), {@code answer}, {@code end}, {@code record};</li>
 * <li>{@code call_id}: the PBX's id of the call (required);</li>
 * <li>{@code direction}: {@code in} or {@code out} (required for the first event of a call);</li>
 * <li>{@code client}: the client's number; {@code line}: the company's number;
 *     {@code extension}: the user's extension;</li>
 * <li>{@code at}: when, ISO-8601 ({@code 2025-03-01T10:15:00+03:00}), {@code yyyy-MM-dd HH:mm:ss} in the
 *     company's zone, or Unix seconds; the time of arrival when absent;</li>
 * <li>{@code duration} (seconds), {@code result} ({@code answered}, {@code missed}, {@code busy},
 *     {@code no_answer}, {@code failed}) with {@code end}; {@code recording} (a URL) with {@code record}.</li>
 * </ul>
 */
@ApplicationScoped
class GenericPbx implements PbxAdapter {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public PbxKind kind() {
        return PbxKind.GENERIC;
    }

    @Override
    public Reading read(Account account, WebhookRequest request, ZoneId zone) {
        Map<String, String> fields = fields(request);
        CallEvent.Kind kind = switch (lower(fields.get("event"))) {
            case "start" -> CallEvent.Kind.START;
            case "answer" -> CallEvent.Kind.ANSWER;
            case "end" -> CallEvent.Kind.END;
            case "record" -> CallEvent.Kind.RECORD;
            case "" -> throw Refusal.malformed("event is missing");
            default -> throw Refusal.malformed("event must be start, answer, end or record");
        };
        String callId = fields.get("call_id");
        if (callId == null || callId.isBlank()) {
            throw Refusal.malformed("call_id is missing");
        }
        if (callId.length() > 100) {
            throw Refusal.malformed("call_id is longer than 100 characters");
        }
        CallDirection direction = switch (lower(fields.get("direction"))) {
            case "in", "incoming" -> CallDirection.INCOMING;
            case "out", "outgoing" -> CallDirection.OUTGOING;
            case "" -> null;
            default -> throw Refusal.malformed("direction must be in or out");
        };
        if (kind == CallEvent.Kind.START && direction == null) {
            throw Refusal.malformed("direction is missing");
        }
        Integer duration = null;
        if (fields.get("duration") != null && !fields.get("duration").isBlank()) {
            try {
                duration = Integer.valueOf(fields.get("duration").strip());
            } catch (NumberFormatException e) {
                throw Refusal.malformed("duration must be whole seconds");
            }
            if (duration < 0) {
                throw Refusal.malformed("duration must be whole seconds");
            }
        }
        CallResult result = switch (lower(fields.get("result"))) {
            case "answered" -> CallResult.ANSWERED;
            case "missed" -> CallResult.MISSED;
            case "busy" -> CallResult.BUSY;
            case "no_answer" -> CallResult.NO_ANSWER;
            case "failed" -> CallResult.FAILED;
            case "" -> null;
            default -> throw Refusal.malformed("result must be answered, missed, busy, no_answer or failed");
        };
        String recording = blankToNull(fields.get("recording"));
        if (recording != null && (!recording.matches("https?://\\S+") || recording.length() > 500)) {
            throw Refusal.malformed("recording must be an http(s) URL of at most 500 characters");
        }
        String extension = blankToNull(fields.get("extension"));
        if (extension != null && !extension.matches("\\d{1,16}")) {
            throw Refusal.malformed("extension must be 1 to 16 digits");
        }
        CallEvent event = new CallEvent(kind, callId.strip() + "/" + kind, callId.strip(), direction,
                CallNumbers.normalize(fields.get("client")), CallNumbers.normalize(fields.get("line")), extension,
                time(fields.get("at"), zone), duration, result, recording, null);
        return new Reading.Event(event, payload(request), WebhookAnswer.ok("OK"));
    }

    private static Map<String, String> fields(WebhookRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.query().forEach((name, values) -> fields.put(name, values.isEmpty() ? null : values.get(0)));
        request.form().forEach((name, values) -> fields.put(name, values.isEmpty() ? null : values.get(0)));
        if (request.contentType() != null && request.contentType().toLowerCase(Locale.ROOT).contains("json")) {
            JsonObject json;
            try (var reader = Json.createReader(new StringReader(request.body()))) {
                json = reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                throw Refusal.malformed("the body is not a JSON object");
            }
            json.forEach((name, value) -> fields.put(name, switch (value.getValueType()) {
                case STRING -> json.getString(name);
                case NULL -> null;
                case NUMBER, TRUE, FALSE -> value.toString();
                default -> throw Refusal.malformed(name + " must be a string or a number");
            }));
        }
        return fields;
    }

    static Instant time(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{9,11}")) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
                return LocalDateTime.parse(value, LOCAL).atZone(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            throw Refusal.malformed("at must be an ISO-8601 time, yyyy-MM-dd HH:mm:ss or Unix seconds");
        }
    }

    static String payload(WebhookRequest request) {
        if (!request.body().isEmpty()) {
            return request.body();
        }
        StringBuilder text = new StringBuilder();
        request.query().forEach((name, values) -> values.forEach(v -> text.append(text.isEmpty() ? "" : "&")
                .append(name).append('=').append(v)));
        request.form().forEach((name, values) -> values.forEach(v -> text.append(text.isEmpty() ? "" : "&")
                .append(name).append('=').append(v)));
        return text.toString();
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
