package ru.fieldcrm.tracker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import ru.fieldcrm.tracking.PositionReport;

/**
 * Positions from gpsd over TCP (port 2947): {@code ?WATCH={"enable":true,"json":true};} and then
 * one JSON report a line, of which the TPV reports with a 2D or 3D fix are positions. Fields as in
 * gpsd_json(5) (gpsd.io/gpsd_json.html): {@code mode} (2 = 2D, 3 = 3D), {@code time} (ISO 8601 UTC;
 * seconds since 1970 in protocols before 3.4), {@code lat}, {@code lon}, {@code altMSL} or the older
 * {@code alt} (m), {@code speed} (m/s), {@code track} (degrees from true north), {@code epx}/{@code
 * epy} (m, 95 % confidence) or {@code eph}.
 */
final class Gpsd implements PositionSource {

    static final String WATCH = "?WATCH={\"enable\":true,\"json\":true};\n";

    private final String host;
    private final int port;

    Gpsd(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void run(Consumer<PositionReport> sink) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(WATCH.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                tpv(line).ifPresent(sink);
            }
        }
    }

    @Override
    public String toString() {
        return "gpsd " + host + ":" + port;
    }

    /** The position a report line holds, if it is a TPV with a fix. */
    static Optional<PositionReport> tpv(String line) {
        Map<String, Object> report;
        try {
            report = Json.object(line.strip());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!"TPV".equals(report.get("class")) || !(report.get("mode") instanceof Double mode) || mode < 2) {
            return Optional.empty();
        }
        Instant time;
        Object when = report.get("time");
        try {
            if (when instanceof String text) {
                time = OffsetDateTime.parse(text).toInstant();
            } else if (when instanceof Double seconds) {
                time = Instant.ofEpochMilli(Math.round(seconds * 1000));
            } else {
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Double lat = number(report, "lat");
        Double lon = number(report, "lon");
        if (lat == null || lon == null) {
            return Optional.empty();
        }
        Double epx = number(report, "epx");
        Double epy = number(report, "epy");
        Double accuracy = epx != null && epy != null ? Math.max(epx, epy) : number(report, "eph");
        Double altitude = mode >= 3 ? Optional.ofNullable(number(report, "altMSL")).orElse(number(report, "alt")) : null;
        return Optional.of(new PositionReport(time, lat, lon, accuracy, number(report, "speed"), number(report, "track"),
                altitude, null));
    }

    private static Double number(Map<String, Object> report, String name) {
        return report.get(name) instanceof Double value && !value.isNaN() ? value : null;
    }
}
