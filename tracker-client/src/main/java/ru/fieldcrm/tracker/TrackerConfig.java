package ru.fieldcrm.tracker;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The tracker's settings, from a properties file and the environment (the environment wins):
 * <pre>
 * server   CRM_TRACKER_SERVER   the CRM's address, e.g. https://crm.example.ru/crm
 * token    CRM_TRACKER_TOKEN    the device token the administrator issued
 * source   CRM_TRACKER_SOURCE   gpsd://localhost:2947 (default), nmea:/dev/ttyUSB0, nmea-tcp://host:port
 * interval CRM_TRACKER_INTERVAL seconds between sends (default 15)
 * every    CRM_TRACKER_EVERY    seconds between kept fixes (default 5)
 * batch    CRM_TRACKER_BATCH    positions a request at most (default 50)
 * journal  CRM_TRACKER_JOURNAL  directory of the journal (default ./tracker-journal)
 * </pre>
 */
record TrackerConfig(URI server, String token, URI source, Duration interval, Duration every, int batch,
        Path journal) {

    static TrackerConfig from(Properties file, Map<String, String> environment) {
        String server = value(file, environment, "server");
        String token = value(file, environment, "token");
        if (server == null || token == null) {
            throw new IllegalArgumentException("server and token must be set (CRM_TRACKER_SERVER, CRM_TRACKER_TOKEN)");
        }
        String source = value(file, environment, "source");
        String interval = value(file, environment, "interval");
        String every = value(file, environment, "every");
        String batch = value(file, environment, "batch");
        String journal = value(file, environment, "journal");
        int size = batch == null ? 50 : Integer.parseInt(batch);
        if (size < 1 || size > ru.fieldcrm.tracking.PositionRules.MAX_BATCH) {
            throw new IllegalArgumentException("batch must be 1.." + ru.fieldcrm.tracking.PositionRules.MAX_BATCH);
        }
        return new TrackerConfig(URI.create(server), token,
                URI.create(source == null ? "gpsd://localhost:2947" : source),
                Duration.ofSeconds(interval == null ? 15 : Long.parseLong(interval)),
                Duration.ofSeconds(every == null ? 5 : Long.parseLong(every)),
                size, Path.of(journal == null ? "tracker-journal" : journal));
    }

    private static String value(Properties file, Map<String, String> environment, String key) {
        String fromEnvironment = environment.get("CRM_TRACKER_" + key.toUpperCase(java.util.Locale.ROOT));
        String value = fromEnvironment != null ? fromEnvironment : file.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The source the URI names. */
    PositionSource positionSource() {
        return switch (source.getScheme()) {
            case "gpsd" -> new Gpsd(source.getHost(), source.getPort() < 0 ? 2947 : source.getPort());
            case "nmea" -> NmeaSource.file(Path.of(source.getSchemeSpecificPart()));
            case "nmea-tcp" -> NmeaSource.tcp(source.getHost(), source.getPort());
            default -> throw new IllegalArgumentException("source: gpsd://host:port, nmea:/path or nmea-tcp://host:port");
        };
    }

    @Override
    public String toString() {
        // never the token
        return "server=" + server + " source=" + source + " interval=" + interval + " every=" + every + " batch=" + batch
                + " journal=" + journal;
    }
}
