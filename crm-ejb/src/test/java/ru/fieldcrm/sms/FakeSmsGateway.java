package ru.fieldcrm.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * SMS.ru, SMSC.ru and SMS Aero (v2) on loopback, answering the way their documentation says:
 * a real HTTP server ({@link HttpServer} with a thread pool) for the adapters, the integration tests
 * and the benchmark ({@link #main}). It depends on the JDK alone (and {@link SmsGatewayKind}).
 *
 * <p>Addresses: {@link #apiUrl(SmsGatewayKind)} gives each gateway's API address as the settings
 * would hold it: {@code url()} for SMS.ru ({@code /sms/send}, {@code /sms/status}) and SMSC
 * ({@code /sys/send.php}, {@code /sys/status.php}), {@code url() + "/v2"} for SMS Aero
 * ({@code /v2/sms/send}, {@code /v2/sms/status}, {@code /v2/sms/list}). Parameters are read from
 * the query and from a form body (UTF-8). SMS Aero's list filters the text as a part of the
 * message's text, newest first, so a client must compare the whole text itself.
 *
 * <p>What a test can do:
 * <ul>
 * <li>{@link #acceptOnly(String, String)}: the credentials it accepts (any, until called): SMS.ru
 * checks {@code api_id} against the secret, SMSC {@code login}/{@code psw}, SMS Aero the HTTP Basic
 * {@code login:secret}.</li>
 * <li>{@link #failNextSends(int, Fault)}, {@link #failNextSends(int, int)}: the next sends (to any of
 * the three) answer an error; {@link #rejectPhone(String)}, {@link #rejectPhone(String, int)}: every
 * send to a number answers a final error.</li>
 * <li>{@link #deliver(String, Delivery)}, {@link #deliverWithCode(String, int)},
 * {@link #defaultDelivery(Delivery)}: what a status question answers (delivered, unless told).</li>
 * <li>{@link #hold()} / {@link #release()}: while held, a send is recorded as received and then
 * blocks without an answer until released; {@link #awaitHeld(int, Duration)} waits for that moment.</li>
 * <li>{@link #messages()}, {@link #accepted()}, {@link #sendRequests()},
 * {@link #timesReceived(String, String)}, {@link #timesReceived(long)}, {@link #duplicates()}:
 * what came in. Lookups (SMSC status by the client's id, SMS Aero's list) find what was accepted.</li>
 * </ul>
 */
public final class FakeSmsGateway implements AutoCloseable {

    /** A scripted error, answered as each gateway documents its own kind of it. */
    public enum Fault {
        /** Try again later: SMS.ru 220 (service unavailable), SMSC error 9 (repeated request), SMS Aero HTTP 429. */
        TRANSIENT,
        /** Final: SMS.ru 207 for the number (no route), SMSC error 8 (cannot be delivered), SMS Aero HTTP 400. */
        PERMANENT,
        /** HTTP 500 with an HTML page. */
        SERVER_ERROR,
        /** HTTP 200 with an HTML page that repeats the request, credentials included (as some proxies' pages do). */
        MALFORMED,
        /** The connection is closed without an answer. */
        DISCONNECT
    }

    /** How a delivery ends, in each gateway's status codes. */
    public enum Delivery {
        /** SMS.ru 103, SMSC 1, SMS Aero 1. */
        DELIVERED,
        /** SMS.ru 102, SMSC 0, SMS Aero 3. */
        PENDING,
        /** SMS.ru 104, SMSC 20, SMS Aero 2. */
        UNDELIVERED
    }

    /** One accepted send. {@code crmId} is the client's id (SMSC only), {@code phone} the digits. */
    public record Message(SmsGatewayKind gateway, String gatewayId, String crmId, String phone, String text,
            String sender, Instant received) {

        public MessageKey key() {
            return new MessageKey(gateway, crmId, phone, text);
        }
    }

    /** What makes two sends the same message. */
    public record MessageKey(SmsGatewayKind gateway, String crmId, String phone, String text) {
    }

    private static final Set<Integer> SMS_RU_NUMBER_CODES = Set.of(202, 207, 209, 214, 215, 230, 231, 232, 233);
    private static final Map<Integer, String> SMS_RU_TEXTS = Map.ofEntries(
            Map.entry(200, "Неправильный api_id"),
            Map.entry(201, "Не хватает средств на лицевом счету"),
            Map.entry(202, "Неправильно указан номер телефона получателя, либо на него нет маршрута"),
            Map.entry(203, "Нет текста сообщения"),
            Map.entry(204, "Имя отправителя не согласовано с администрацией"),
            Map.entry(205, "Сообщение слишком длинное (превышает 8 СМС)"),
            Map.entry(206, "Будет превышен или уже превышен дневной лимит на отправку сообщений"),
            Map.entry(207, "На этот номер нет маршрута для доставки сообщений"),
            Map.entry(209, "Вы добавили этот номер (или один из номеров) в стоп-лист"),
            Map.entry(215, "Этот номер находится в стоп-листе SMS.RU"),
            Map.entry(220, "Сервис временно недоступен, попробуйте чуть позже"),
            Map.entry(230, "Превышен общий лимит количества сообщений на этот номер в день"),
            Map.entry(231, "Превышен лимит одинаковых сообщений на этот номер в минуту"),
            Map.entry(232, "Превышен лимит одинаковых сообщений на этот номер в день"),
            Map.entry(500, "Ошибка на сервере. Повторите запрос."));
    private static final Map<Integer, String> SMSC_TEXTS = Map.of(
            1, "parameters error",
            2, "authorise error",
            3, "no money",
            4, "IP is blocked",
            5, "invalid date format",
            6, "message is denied",
            7, "invalid number",
            8, "can't deliver",
            9, "duplicate request, wait a minute");
    private static final Map<Integer, String> AERO_STATUS = Map.of(
            0, "queue", 1, "delivery", 2, "delivery error", 3, "transmitted", 4, "waiting status",
            6, "reject", 8, "moderation");
    private static final DateTimeFormatter SMSC_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final HttpServer server;
    private final ExecutorService executor;
    private final String url;

    private volatile String login;
    private volatile String secret;
    private volatile Delivery defaultDelivery = Delivery.DELIVERED;
    private volatile int listPageSize = 20;
    private volatile CountDownLatch gate;

    private final ConcurrentLinkedDeque<Object> nextFaults = new ConcurrentLinkedDeque<>();
    private final Map<String, Object> rejectedPhones = new ConcurrentHashMap<>();
    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Integer> deliveryCodes = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Message> messages = new ConcurrentLinkedQueue<>();
    private final Map<String, Message> byGatewayId = new ConcurrentHashMap<>();
    private final Map<String, Message> smscByPhoneAndId = new ConcurrentHashMap<>();
    private final Map<MessageKey, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger sendRequests = new AtomicInteger();
    private final AtomicInteger heldNow = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(1_000_000);

    static {
        // The JDK server writes an answer's headers and body apart; with Nagle's algorithm the body
        // then waits for the client's delayed ACK (~40 ms a request). Read once, when the first
        // server of the JVM starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private FakeSmsGateway(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-sms-gateway-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A gateway on a free loopback port. */
    public static FakeSmsGateway start() {
        return new FakeSmsGateway(0);
    }

    /** A gateway on the given loopback port (0: any free one). */
    public static FakeSmsGateway start(int port) {
        return new FakeSmsGateway(port);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return url;
    }

    /** The API address the settings would hold for the gateway. */
    public String apiUrl(SmsGatewayKind kind) {
        return kind == SmsGatewayKind.SMS_AERO ? url + "/v2" : url;
    }

    /** Answers held sends (to connections that may be gone) and stops listening. */
    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- scripting ----

    /** Accepts these credentials only (SMS.ru: the secret as {@code api_id}); null login or secret: any. */
    public FakeSmsGateway acceptOnly(String login, String secret) {
        this.login = login;
        this.secret = secret;
        return this;
    }

    /** The next {@code count} send requests, to any gateway, answer the fault. */
    public FakeSmsGateway failNextSends(int count, Fault fault) {
        for (int i = 0; i < count; i++) {
            nextFaults.add(Objects.requireNonNull(fault));
        }
        return this;
    }

    /**
     * The next {@code count} send requests answer the gateway's own error code: SMS.ru's
     * {@code status_code} (for the number where SMS.ru gives it per number, else for the request),
     * SMSC's {@code error_code}, SMS Aero's HTTP status with {@code "success": false}.
     */
    public FakeSmsGateway failNextSends(int count, int gatewayCode) {
        for (int i = 0; i < count; i++) {
            nextFaults.add(gatewayCode);
        }
        return this;
    }

    /** Every send to the number answers {@link Fault#PERMANENT}'s error. */
    public FakeSmsGateway rejectPhone(String phone) {
        rejectedPhones.put(digits(phone), Fault.PERMANENT);
        return this;
    }

    /** Every send to the number answers the gateway's own error code (see {@link #failNextSends(int, int)}). */
    public FakeSmsGateway rejectPhone(String phone, int gatewayCode) {
        rejectedPhones.put(digits(phone), gatewayCode);
        return this;
    }

    /** What status questions answer for messages not named in {@link #deliver}. */
    public FakeSmsGateway defaultDelivery(Delivery delivery) {
        this.defaultDelivery = Objects.requireNonNull(delivery);
        return this;
    }

    /** The status of one message, by the gateway's id (as its send answered). */
    public FakeSmsGateway deliver(String gatewayId, Delivery delivery) {
        deliveries.put(gatewayId, delivery);
        deliveryCodes.remove(gatewayId);
        return this;
    }

    /** The status of one message as the gateway's own code (SMS.ru 100–150, SMSC −3…25, SMS Aero 0–8). */
    public FakeSmsGateway deliverWithCode(String gatewayId, int code) {
        deliveryCodes.put(gatewayId, code);
        return this;
    }

    /** Messages per page of SMS Aero's {@code sms/list} (20 unless told). */
    public FakeSmsGateway listPageSize(int size) {
        this.listPageSize = size;
        return this;
    }

    /** From now on, sends are recorded and then wait for {@link #release()} before answering. */
    public void hold() {
        if (gate == null) {
            gate = new CountDownLatch(1);
        }
    }

    /** Lets held sends answer; new sends answer at once again. */
    public void release() {
        CountDownLatch g = gate;
        gate = null;
        if (g != null) {
            g.countDown();
        }
    }

    /** Sends waiting for {@link #release()} right now. */
    public int held() {
        return heldNow.get();
    }

    /** Waits until at least {@code count} sends are held; false if the time ran out first. */
    public boolean awaitHeld(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (heldNow.get() < count) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Forgets messages, counts and scripts (credentials and the port stay). */
    public void reset() {
        release();
        nextFaults.clear();
        rejectedPhones.clear();
        deliveries.clear();
        deliveryCodes.clear();
        messages.clear();
        byGatewayId.clear();
        smscByPhoneAndId.clear();
        counts.clear();
        accepted.set(0);
        sendRequests.set(0);
        defaultDelivery = Delivery.DELIVERED;
    }

    // ---- what came in ----

    /** Every accepted send, in the order received. */
    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Accepted sends (a message sent twice counts twice). */
    public int accepted() {
        return accepted.get();
    }

    /** Send requests answered in any way, errors included. */
    public int sendRequests() {
        return sendRequests.get();
    }

    /** How often a text was accepted for a number (any gateway; the number in any format). */
    public int timesReceived(String phone, String text) {
        String digits = digits(phone);
        return counts.entrySet().stream()
                .filter(e -> e.getKey().phone().equals(digits) && e.getKey().text().equals(text))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    /** How often a message with the CRM's id was accepted (SMSC is the gateway that takes the id). */
    public int timesReceived(long crmId) {
        String id = String.valueOf(crmId);
        return counts.entrySet().stream()
                .filter(e -> id.equals(e.getKey().crmId()))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    /** How often each message was accepted. */
    public Map<MessageKey, Integer> counts() {
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    /** The messages accepted more than once, with how often. */
    public Map<MessageKey, Integer> duplicates() {
        return counts.entrySet().stream()
                .filter(e -> e.getValue().get() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> params = params(exchange);
            Answer answer = switch (exchange.getRequestURI().getPath()) {
                case "/sms/send" -> smsRuSend(params, exchange);
                case "/sms/status" -> smsRuStatus(params);
                case "/sys/send.php" -> smscSend(params, exchange);
                case "/sys/status.php" -> smscStatus(params);
                case "/v2/sms/send" -> aeroSend(params, exchange);
                case "/v2/sms/status" -> aeroStatus(params, exchange);
                case "/v2/sms/list" -> aeroList(params, exchange);
                default -> new Answer(404, "text/html", "<html><body>404 Not Found</body></html>");
            };
            if (answer != null) {
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", answer.contentType() + "; charset=utf-8");
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    /** An answer; null means: close the connection without one. */
    private record Answer(int status, String contentType, String body) {

        static Answer json(int status, Object body) {
            return new Answer(status, "application/json", Json.write(body));
        }

        static Answer json(Object body) {
            return json(200, body);
        }
    }

    private Answer smsRuSend(Map<String, String> p, HttpExchange exchange) {
        sendRequests.incrementAndGet();
        String to = digits(p.get("to"));
        Object fault = nextFaults.poll();
        if (fault == null && !blank(secret) && !secret.equals(p.get("api_id"))) {
            fault = 200;
        }
        if (fault == null && to.isEmpty()) {
            fault = 202;
        }
        if (fault == null && blank(p.get("msg"))) {
            fault = 203;
        }
        if (fault == null) {
            fault = rejectedPhones.get(to);
        }
        if (fault != null) {
            Answer infrastructure = infrastructure(fault, exchange, p);
            if (infrastructure != null || fault == Fault.DISCONNECT) {
                return infrastructure;
            }
            int code = fault == Fault.TRANSIENT ? 220 : fault == Fault.PERMANENT ? 207 : (Integer) fault;
            Map<String, Object> error = smsRuError(code);
            if (!SMS_RU_NUMBER_CODES.contains(code)) {
                return Answer.json(error);
            }
            return Answer.json(map("status", "OK", "status_code", 100, "sms", map(to, error), "balance", 100.0));
        }
        Message m = accept(SmsGatewayKind.SMS_RU, "000000-" + ids.incrementAndGet(), null, to, p.get("msg"), p.get("from"));
        return Answer.json(map("status", "OK", "status_code", 100,
                "sms", map(to, map("status", "OK", "status_code", 100, "sms_id", m.gatewayId())),
                "balance", 100.0));
    }

    private Answer smsRuStatus(Map<String, String> p) {
        if (!blank(secret) && !secret.equals(p.get("api_id"))) {
            return Answer.json(smsRuError(200));
        }
        Map<String, Object> perId = new LinkedHashMap<>();
        for (String id : p.getOrDefault("sms_id", "").split(",")) {
            Message m = byGatewayId.get(id);
            if (m == null || m.gateway() != SmsGatewayKind.SMS_RU) {
                perId.put(id, map("status", "ERROR", "status_code", -1, "status_text", "Сообщение не найдено"));
                continue;
            }
            int code = deliveryCode(m, 103, 102, 104);
            String text = switch (code) {
                case 100 -> "Сообщение находится в нашей очереди";
                case 101 -> "Сообщение передается оператору";
                case 102 -> "Сообщение отправлено (в пути)";
                case 103 -> "Сообщение доставлено";
                case 104 -> "Не может быть доставлено: время жизни истекло";
                case 105 -> "Не может быть доставлено: удалено оператором";
                case 106 -> "Не может быть доставлено: сбой в телефоне";
                case 107 -> "Не может быть доставлено: неизвестная причина";
                case 108 -> "Не может быть доставлено: отклонено";
                case 150 -> "Не может быть доставлено: не найден маршрут на данный номер";
                default -> "Код " + code;
            };
            perId.put(id, map("status", "OK", "status_code", code, "cost", 0.5, "status_text", text));
        }
        return Answer.json(map("status", "OK", "status_code", 100, "sms", perId, "balance", 100.0));
    }

    private static Map<String, Object> smsRuError(int code) {
        return map("status", "ERROR", "status_code", code, "status_text", SMS_RU_TEXTS.getOrDefault(code, "Ошибка " + code));
    }

    private Answer smscSend(Map<String, String> p, HttpExchange exchange) {
        sendRequests.incrementAndGet();
        String phone = digits(p.get("phones"));
        Object fault = nextFaults.poll();
        if (fault == null && !credentialsMatch(p.get("login"), p.get("psw"))) {
            fault = 2;
        }
        if (fault == null && (phone.isEmpty() || blank(p.get("mes")))) {
            fault = 1;
        }
        if (fault == null) {
            fault = rejectedPhones.get(phone);
        }
        String id = blank(p.get("id")) ? String.valueOf(ids.incrementAndGet()) : p.get("id");
        if (fault != null) {
            Answer infrastructure = infrastructure(fault, exchange, p);
            if (infrastructure != null || fault == Fault.DISCONNECT) {
                return infrastructure;
            }
            int code = fault == Fault.TRANSIENT ? 9 : fault == Fault.PERMANENT ? 8 : (Integer) fault;
            Map<String, Object> error = map("error", SMSC_TEXTS.getOrDefault(code, "error " + code), "error_code", code);
            if (Set.of(3, 6, 7, 8).contains(code)) {
                error.put("id", id);
            }
            return Answer.json(error);
        }
        Message m = accept(SmsGatewayKind.SMSC, id, blank(p.get("id")) ? null : id, phone, p.get("mes"), p.get("sender"));
        return Answer.json(map("id", numberOrText(m.gatewayId()), "cnt", 1));
    }

    private Answer smscStatus(Map<String, String> p) {
        if (!credentialsMatch(p.get("login"), p.get("psw"))) {
            return Answer.json(map("error", SMSC_TEXTS.get(2), "error_code", 2));
        }
        Message m = smscByPhoneAndId.get(digits(p.get("phone")) + "/" + p.get("id"));
        if (m == null) {
            return Answer.json(map("error", "message not found", "error_code", 3));
        }
        int code = deliveryCode(m, 1, 0, 20);
        LocalDateTime at = LocalDateTime.ofInstant(m.received(), ZoneId.systemDefault());
        return Answer.json(map("status", code, "last_date", SMSC_DATE.format(at),
                "last_timestamp", m.received().getEpochSecond()));
    }

    private Answer aeroSend(Map<String, String> p, HttpExchange exchange) {
        sendRequests.incrementAndGet();
        String number = digits(p.get("number"));
        Object fault = nextFaults.poll();
        if (fault == null && !aeroAuthorized(exchange)) {
            fault = 401;
        }
        if (fault == null && (number.isEmpty() || blank(p.get("text")) || blank(p.get("sign")))) {
            fault = 400;
        }
        if (fault == null) {
            fault = rejectedPhones.get(number);
        }
        if (fault != null) {
            Answer infrastructure = infrastructure(fault, exchange, p);
            if (infrastructure != null || fault == Fault.DISCONNECT) {
                return infrastructure;
            }
            int status = fault == Fault.TRANSIENT ? 429 : fault == Fault.PERMANENT ? 400 : (Integer) fault;
            return aeroError(status);
        }
        Message m = accept(SmsGatewayKind.SMS_AERO, String.valueOf(ids.incrementAndGet()), null, number,
                p.get("text"), p.get("sign"));
        return Answer.json(map("success", true, "data", aeroMessage(m, 0), "message", null));
    }

    private Answer aeroStatus(Map<String, String> p, HttpExchange exchange) {
        if (!aeroAuthorized(exchange)) {
            return aeroError(401);
        }
        Message m = byGatewayId.get(p.getOrDefault("id", ""));
        if (m == null || m.gateway() != SmsGatewayKind.SMS_AERO) {
            return Answer.json(404, map("success", false, "data", null, "message", "Sms not found"));
        }
        return Answer.json(map("success", true, "data", aeroMessage(m, deliveryCode(m, 1, 3, 2)), "message", null));
    }

    private Answer aeroList(Map<String, String> p, HttpExchange exchange) {
        if (!aeroAuthorized(exchange)) {
            return aeroError(401);
        }
        String number = digits(p.get("number"));
        String text = p.get("text");
        List<Message> found = messages.stream()
                .filter(m -> m.gateway() == SmsGatewayKind.SMS_AERO)
                .filter(m -> number.isEmpty() || m.phone().equals(number))
                .filter(m -> blank(text) || m.text().contains(text))
                .sorted(Comparator.comparing(Message::received).reversed())
                .toList();
        int size = listPageSize;
        int pages = Math.max(1, (found.size() + size - 1) / size);
        int page = Math.max(1, Integer.parseInt(p.getOrDefault("page", "1")));
        Map<String, Object> data = new LinkedHashMap<>();
        List<Message> onPage = found.subList(Math.min(found.size(), (page - 1) * size), Math.min(found.size(), page * size));
        for (int i = 0; i < onPage.size(); i++) {
            data.put(String.valueOf(i), aeroMessage(onPage.get(i), deliveryCode(onPage.get(i), 1, 3, 2)));
        }
        Map<String, Object> links = map("self", "/v2/sms/list?page=" + page, "first", "/v2/sms/list?page=1",
                "last", "/v2/sms/list?page=" + pages);
        if (page < pages) {
            links.put("next", "/v2/sms/list?page=" + (page + 1));
        }
        data.put("links", links);
        data.put("totalCount", String.valueOf(found.size()));
        return Answer.json(map("success", true, "data", data, "message", null));
    }

    private static Map<String, Object> aeroMessage(Message m, int status) {
        return map("id", Long.valueOf(m.gatewayId()), "from", m.sender(), "number", m.phone(), "text", m.text(),
                "status", status, "extendStatus", AERO_STATUS.getOrDefault(status, "status " + status),
                "channel", "FREE SIGN", "cost", 4.99, "dateCreate", m.received().getEpochSecond(),
                "dateSend", m.received().getEpochSecond());
    }

    private static Answer aeroError(int status) {
        String message = switch (status) {
            case 400 -> "Validation error.";
            case 401 -> "Your credentials are incorrect";
            case 402 -> "Insufficient funds";
            case 429 -> "Too Many Requests";
            default -> "Error " + status;
        };
        return Answer.json(status, map("success", false, "data", null, "message", message));
    }

    private boolean aeroAuthorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        return colon > 0 && credentialsMatch(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private boolean credentialsMatch(String givenLogin, String givenSecret) {
        return (blank(login) || login.equals(givenLogin)) && (blank(secret) || secret.equals(givenSecret));
    }

    /** The faults every gateway answers alike; null for the gateway's own errors (and for {@link Fault#DISCONNECT}). */
    private static Answer infrastructure(Object fault, HttpExchange exchange, Map<String, String> params) {
        if (fault == Fault.SERVER_ERROR) {
            return new Answer(500, "text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>");
        }
        if (fault == Fault.MALFORMED) {
            return new Answer(200, "text/html", "<html><body>Unexpected request " + exchange.getRequestURI()
                    + " " + params + " Authorization: " + exchange.getRequestHeaders().getFirst("Authorization")
                    + "</body></html>");
        }
        return null;
    }

    private Message accept(SmsGatewayKind gateway, String gatewayId, String crmId, String phone, String text,
            String sender) {
        Message m = new Message(gateway, gatewayId, crmId, phone, text, blank(sender) ? null : sender, Instant.now());
        messages.add(m);
        byGatewayId.put(gatewayId, m);
        if (gateway == SmsGatewayKind.SMSC) {
            smscByPhoneAndId.put(phone + "/" + gatewayId, m);
        }
        counts.computeIfAbsent(m.key(), k -> new AtomicInteger()).incrementAndGet();
        accepted.incrementAndGet();
        waitWhileHeld();
        return m;
    }

    private void waitWhileHeld() {
        CountDownLatch g = gate;
        if (g == null) {
            return;
        }
        heldNow.incrementAndGet();
        try {
            g.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heldNow.decrementAndGet();
        }
    }

    private int deliveryCode(Message m, int delivered, int pending, int undelivered) {
        Integer code = deliveryCodes.get(m.gatewayId());
        if (code != null) {
            return code;
        }
        return switch (deliveries.getOrDefault(m.gatewayId(), defaultDelivery)) {
            case DELIVERED -> delivered;
            case PENDING -> pending;
            case UNDELIVERED -> undelivered;
        };
    }

    private static Map<String, String> params(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        parseForm(exchange.getRequestURI().getRawQuery(), params);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || type.startsWith("application/x-www-form-urlencoded")) {
            parseForm(body, params);
        }
        return params;
    }

    private static void parseForm(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.put(name, value);
        }
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Object numberOrText(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** Just enough JSON writing for the answers above (maps, lists, strings, numbers, booleans, null). */
    private static final class Json {

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null || value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(sep);
                    string(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                    sep = ",";
                }
                out.append('}');
            } else if (value instanceof Collection<?> list) {
                out.append('[');
                String sep = "";
                for (Object v : list) {
                    out.append(sep);
                    write(v, out);
                    sep = ",";
                }
                out.append(']');
            } else {
                string(value.toString(), out);
            }
        }

        private static void string(String s, StringBuilder out) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }

    // ---- benchmark ----

    /**
     * Runs the gateway until the process ends: {@code FakeSmsGateway [port [login secret]]}. Prints
     * the URL, then the counts each second they change. Commands on standard input: {@code hold},
     * {@code release}, {@code reset}, {@code counts}, {@code fail N FAULT} (a {@link Fault}, any case),
     * {@code quit}.
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        FakeSmsGateway gateway = start(port);
        if (args.length > 2) {
            gateway.acceptOnly(args[1], args[2]);
        }
        System.out.println("FakeSmsGateway " + gateway.url() + "  SMS.ru/SMSC: " + gateway.apiUrl(SmsGatewayKind.SMSC)
                + "  SMS Aero: " + gateway.apiUrl(SmsGatewayKind.SMS_AERO));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(gateway.countsLine())));
        Thread reporter = new Thread(() -> {
            String last = "";
            while (true) {
                String line = gateway.countsLine();
                if (!line.equals(last)) {
                    System.out.println(line);
                    last = line;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fake-sms-gateway-counts");
        reporter.setDaemon(true);
        reporter.start();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String command;
        String usage = "? hold | release | reset | counts | fail N transient|permanent|server_error|malformed|disconnect | quit";
        while ((command = in.readLine()) != null) {
            String[] words = command.strip().split("\\s+");
            try {
                switch (words[0]) {
                    case "hold" -> gateway.hold();
                    case "release" -> gateway.release();
                    case "reset" -> gateway.reset();
                    case "counts" -> System.out.println(gateway.countsLine());
                    case "fail" -> gateway.failNextSends(Integer.parseInt(words[1]), Fault.valueOf(words[2].toUpperCase()));
                    case "quit" -> {
                        gateway.close();
                        return;
                    }
                    default -> System.out.println(usage);
                }
            } catch (RuntimeException e) {
                System.out.println(usage);
            }
        }
        Thread.currentThread().join();
    }

    private String countsLine() {
        return "accepted=" + accepted() + " requests=" + sendRequests() + " duplicates=" + duplicates().size()
                + " held=" + held();
    }
}
