package ru.fieldcrm.calls;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zadarma on loopback, as its API documentation and official PHP client describe it, written
 * apart from the adapter so that the two check each other: it posts events to the CRM signed with
 * the account's secret ({@link #post}), checks the address with {@code zd_echo} ({@link #echo}),
 * and answers {@code GET /v1/request/callback/} when its {@code Authorization} header is the
 * account key and the right signature ({@link #callbacks()} lists those it accepted), and
 * {@code GET /v1/pbx/record/request/} with a link to the recording, which it serves under
 * {@code /records/} ({@link #recordRequests()} lists the parameters of those it answered).
 */
public final class FakeZadarma implements AutoCloseable {

    /** A click-to-call Zadarma accepted: the extension to ring first and the number to call. */
    public record Callback(String from, String to) {
    }

    private final String key;
    private final String secret;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<Callback> callbacks = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> recordRequests = new CopyOnWriteArrayList<>();

    public FakeZadarma(String key, String secret) {
        this.key = key;
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/request/callback/", this::callback);
        server.createContext("/v1/pbx/record/request/", this::recordRequest);
        server.createContext("/records/", FakeZadarma::record);
        server.start();
    }

    /** The API address as the settings hold it. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Callback> callbacks() {
        return List.copyOf(callbacks);
    }

    /** Why requests were refused (for a test's message). */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    /** The parameters of the recording's links it gave ({@code call_id} or {@code pbx_call_id}, {@code lifetime}). */
    public List<Map<String, String>> recordRequests() {
        return List.copyOf(recordRequests);
    }

    private void callback(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> parameters = authorized(exchange, "/v1/request/callback/");
            if (parameters == null) {
                return;
            }
            callbacks.add(new Callback(parameters.get("from"), parameters.get("to")));
            answer(exchange, 200, "{\"status\":\"success\",\"from\":\"" + parameters.get("from") + "\",\"to\":\""
                    + parameters.get("to") + "\",\"time\":" + System.currentTimeMillis() / 1000 + "}");
        }
    }

    private void recordRequest(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> parameters = authorized(exchange, "/v1/pbx/record/request/");
            if (parameters == null) {
                return;
            }
            recordRequests.add(Map.copyOf(parameters));
            String callId = parameters.get("call_id");
            if (callId == null) {
                answer(exchange, 200, "{\"status\":\"success\",\"links\":[\"" + url() + "/records/"
                        + parameters.get("pbx_call_id") + ".mp3\"],\"lifetime_till\":\"2030-01-01 00:00:00\"}");
            } else if (callId.startsWith("gone")) {
                answer(exchange, 200, "{\"status\":\"error\",\"message\":\"Record not found\"}");
            } else {
                answer(exchange, 200, "{\"status\":\"success\",\"link\":\"" + url() + "/records/" + callId
                        + ".mp3\",\"lifetime_till\":\"2030-01-01 00:00:00\"}");
            }
        }
    }

    /** A recording: a few bytes said to be MP3. */
    static void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = "ID3 recording".getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().set("Content-Type", "audio/mpeg");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /**
     * The query's parameters when the request is a GET whose {@code Authorization} is the key and
     * the signature of {@code method} with them; else answers 401 and gives null.
     */
    private Map<String, String> authorized(HttpExchange exchange, String method) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        Map<String, String> parameters = new TreeMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String signedQuery = parameters.entrySet().stream()
                .map(e -> phpEncode(e.getKey()) + "=" + phpEncode(e.getValue())).collect(Collectors.joining("&"));
        String expected = key + ":" + base64(hex(hmac(method + signedQuery + hex(md5(signedQuery)))));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!"GET".equals(exchange.getRequestMethod()) || !expected.equals(authorization)) {
            refused.add("authorization " + (authorization == null ? "missing" : "wrong") + " for " + signedQuery);
            answer(exchange, 401, "{\"status\":\"error\",\"message\":\"Not authorized\"}");
            return null;
        }
        return parameters;
    }

    /**
     * Posts an event to the CRM's address as Zadarma does: a form, signed over {@code signedFields}
     * (their values concatenated in this order) unless {@code signature} is given instead
     * (null: none at all, for forged requests use {@link #postSignedWith}).
     */
    public HttpResponse<String> post(URI webhook, Map<String, String> fields, String... signedFields) {
        SignedForm form = signed(fields, signedFields);
        return send(request(webhook, form.body(), form.signature()));
    }

    /** Posts an event signed over the fields Zadarma signs for its kind (its {@code event}). */
    public HttpResponse<String> notify(URI webhook, Map<String, String> fields) {
        String[] signed = switch (fields.get("event")) {
            case "NOTIFY_ANSWER" -> new String[] {"caller_id", "destination", "call_start"};
            case "NOTIFY_OUT_START", "NOTIFY_OUT_END" -> new String[] {"internal", "destination", "call_start"};
            case "NOTIFY_RECORD" -> new String[] {"pbx_call_id", "call_id_with_rec"};
            default -> new String[] {"caller_id", "called_did", "call_start"};
        };
        return post(webhook, fields, signed);
    }

    public HttpResponse<String> postSignedWith(URI webhook, Map<String, String> fields, String signature) {
        return send(request(webhook, body(fields), signature));
    }

    /** An event's form as Zadarma posts it: the body and its {@code Signature} header. */
    public record SignedForm(String body, String signature) {
    }

    /**
     * The form {@link #post} would send, signed but not sent: a benchmark signs its events before
     * the run, so that signing does not take the CPU the server is measured on.
     */
    public SignedForm signed(Map<String, String> fields, String... signedFields) {
        String signed = java.util.Arrays.stream(signedFields).map(f -> fields.getOrDefault(f, ""))
                .collect(Collectors.joining());
        return new SignedForm(body(fields), base64(hex(hmac(signed))));
    }

    private static String body(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static HttpRequest request(URI webhook, String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (signature != null) {
            request.header("Signature", signature);
        }
        return request.build();
    }

    /** Zadarma's check of a new address: a GET with {@code zd_echo}. */
    public HttpResponse<String> echo(URI webhook, String value) {
        return send(HttpRequest.newBuilder(URI.create(webhook + "?zd_echo=" + value)).GET().build());
    }

    /** The fields of an event, in order. */
    public static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String phpEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A");
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
