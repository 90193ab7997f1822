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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Mango Office's VPBX on loopback, as its API documentation describes it, written apart from the
 * adapter: it posts events to {@code <address>/events/...} as a form of {@code vpbx_api_key},
 * {@code sign} (hex SHA-256 of key + json + salt) and {@code json}, and answers
 * {@code POST /commands/callback} signed the same way ({@link #commands()} lists the JSON of those
 * it accepted), and {@code POST /queries/recording/post} with a redirect to the recording, which it
 * serves under {@code /records/} ({@link #recordingQueries()} lists the JSON of those it answered).
 */
public final class FakeMango implements AutoCloseable {

    private final String key;
    private final String salt;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<String> recordingQueries = new CopyOnWriteArrayList<>();

    public FakeMango(String key, String salt) {
        this.key = key;
        this.salt = salt;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/vpbx/commands/callback", this::callback);
        server.createContext("/vpbx/queries/recording/post", this::recording);
        server.createContext("/records/", FakeZadarma::record);
        server.start();
    }

    /** The API address as the settings hold it. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/vpbx";
    }

    public List<String> commands() {
        return List.copyOf(commands);
    }

    public List<String> refused() {
        return List.copyOf(refused);
    }

    public List<String> recordingQueries() {
        return List.copyOf(recordingQueries);
    }

    private void callback(HttpExchange exchange) throws IOException {
        try (exchange) {
            String json = signedJson(exchange);
            if (json == null) {
                return;
            }
            commands.add(json);
            answer(exchange, 200, "{\"result\":1000}");
        }
    }

    private void recording(HttpExchange exchange) throws IOException {
        try (exchange) {
            String json = signedJson(exchange);
            if (json == null) {
                return;
            }
            recordingQueries.add(json);
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"recording_id\":\"([^\"]+)\"").matcher(json);
            if (!id.find() || !json.contains("\"action\":\"play\"")) {
                answer(exchange, 400, "{\"result\":3101}");
                return;
            }
            exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + server.getAddress().getPort()
                    + "/records/" + id.group(1) + ".mp3");
            exchange.sendResponseHeaders(302, -1);
        }
    }

    /** The form's {@code json} when the request is a POST signed with the account's key and salt; else answers 401 and gives null. */
    private String signedJson(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String json = form.getOrDefault("json", "");
        if (!"POST".equals(exchange.getRequestMethod()) || !key.equals(form.get("vpbx_api_key"))
                || !sign(json).equals(form.get("sign"))) {
            refused.add("sign wrong for " + json);
            answer(exchange, 401, "{\"result\":3102}");
            return null;
        }
        return json;
    }

    /** Posts an event to {@code <webhook>/events/<kind>} signed with the account's key and salt. */
    public HttpResponse<String> post(URI webhook, String kind, String json) {
        return postSignedWith(webhook, kind, json, sign(json));
    }

    public HttpResponse<String> postSignedWith(URI webhook, String kind, String json, String sign) {
        String body = "vpbx_api_key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + (sign == null ? "" : "&sign=" + sign) + "&json=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook + "/events/" + kind))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String sign(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((key + json + salt).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
