package ru.fieldcrm.bench;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import ru.fieldcrm.shared.WebClient;

/** What every benchmark program does the same way: this machine only, one signed-in session, percentiles. */
final class Bench {

    private Bench() {
    }

    /** Refuses any host but this machine's loopback: a benchmark never loads someone else's server. */
    static void requireLoopback(String host) throws UnknownHostException {
        if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
            throw new IllegalArgumentException("The benchmark runs against this machine only, not " + host);
        }
    }

    /** The same for a JDBC address ({@code jdbc:postgresql://host:port/db}). */
    static void requireLoopbackDatabase(String jdbcUrl) throws UnknownHostException {
        requireLoopback(URI.create(jdbcUrl.substring("jdbc:".length())).getHost());
    }

    /**
     * A session signed in as {@code bench.login} (admin) with {@code bench.password}, else the
     * environment's CRM_ADMIN_PASSWORD.
     */
    static WebClient signedIn(URI base) throws UnknownHostException {
        requireLoopback(base.getHost());
        String password = System.getProperty("bench.password", System.getenv("CRM_ADMIN_PASSWORD"));
        if (password == null) {
            throw new IllegalArgumentException("Give the administrator's password: -Dbench.password=… or CRM_ADMIN_PASSWORD");
        }
        WebClient web = new WebClient(base);
        int signIn = web.signIn(System.getProperty("bench.login", "admin"), password).statusCode();
        if (signIn != 302) {
            throw new IllegalStateException("Sign-in failed (HTTP " + signIn + ") at " + base);
        }
        return web;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
