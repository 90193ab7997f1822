package ru.fieldcrm.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import ru.fieldcrm.shared.WebClient;

/**
 * The export figure of the reports issue: {@code GET /api/orders/export} of about 100,000 orders
 * (a period of consecutive days chosen from the database so that it holds at least
 * {@code bench.orders}), timed to the last byte, while the server's heap is sampled. A program that
 * prints figures, not a test; how to run it is in {@code docs/performance.md}.
 *
 * <p>The heap: the server JVM is found by its domain directory ({@code bench.server.dir}) in
 * {@code jcmd -l}, or given as {@code bench.pid}. Before each export a full GC ({@code jcmd GC.run})
 * gives the baseline; during the export {@code jstat -gc} samples the used heap (survivors, eden
 * and old generation) every 100 ms. "Peak growth" is the highest sample minus the baseline: it
 * counts garbage not yet collected too, so it is an upper bound of what the export holds; "old
 * growth" is the same for the old generation alone (what survived young collections); "retained"
 * is the used heap after a full GC once the export is over, minus the baseline.
 *
 * <p>Settings (system properties): {@code bench.url} (http://127.0.0.1:8580/crm/), {@code
 * bench.login} (admin), {@code bench.password} (else CRM_ADMIN_PASSWORD), {@code bench.db.url}
 * (jdbc:postgresql://127.0.0.1:5432/crm_bench_export), {@code bench.db.user} (postgres), {@code
 * bench.orders} (100000), {@code bench.runs} (3), {@code bench.server.dir}
 * (/tmp/export-bench-server), {@code bench.pid}, {@code bench.keep} (a path to keep the last file).
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8580/crm/"));
        String dbUrl = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/crm_bench_export");
        Bench.requireLoopbackDatabase(dbUrl);
        long pid = Long.getLong("bench.pid", 0L);
        if (pid == 0) {
            pid = serverPid(System.getProperty("bench.server.dir", "/tmp/export-bench-server"));
        }
        int target = Integer.getInteger("bench.orders", 100_000);
        LocalDate[] period = new LocalDate[2];
        long expected;
        try (Connection db = DriverManager.getConnection(dbUrl, System.getProperty("bench.db.user", "postgres"),
                System.getenv().getOrDefault("CRM_DB_PASSWORD", ""))) {
            expected = period(db, target, period);
        }
        WebClient web = Bench.signedIn(base);
        System.out.printf(Locale.ROOT, "Server pid %d; period %s – %s: %d orders; %d processors, load average %.2f%n%n",
                pid, period[0], period[1], expected, Runtime.getRuntime().availableProcessors(), Bench.loadAverage());
        System.out.printf(Locale.ROOT, "%-4s %8s %9s %9s %12s %12s %12s %12s%n", "run", "rows", "seconds", "MB file",
                "baseline MB", "peak +MB", "old +MB", "retained +MB");
        Path file = Files.createTempFile("orders-export", ".xlsx");
        try {
            int runs = Integer.getInteger("bench.runs", 3);
            for (int run = 1; run <= runs; run++) {
                long baseline = usedAfterGc(pid);
                long baselineOld = sample(pid)[1];
                HeapSampler sampler = new HeapSampler(pid);
                sampler.start();
                long start = System.nanoTime();
                HttpResponse<Path> answer = web.downloadTo("api/orders/export?from=%s&to=%s".formatted(period[0], period[1]),
                        file);
                double seconds = (System.nanoTime() - start) / 1e9;
                sampler.finish();
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("Export failed: HTTP " + answer.statusCode() + " " + Files.readString(file));
                }
                long rows = dataRows(file);
                long retained = usedAfterGc(pid) - baseline;
                System.out.printf(Locale.ROOT, "%-4d %8d %9.2f %9.1f %12.0f %12.0f %12.0f %12.0f%n", run, rows, seconds,
                        Files.size(file) / 1e6, mb(baseline), mb(sampler.peak.get() - baseline),
                        mb(sampler.peakOld.get() - baselineOld), mb(retained));
                if (rows != expected) {
                    throw new IllegalStateException("Expected " + expected + " rows, the file holds " + rows);
                }
            }
            System.out.printf(Locale.ROOT, "%nLoad average at the end %.2f%n", Bench.loadAverage());
            String keep = System.getProperty("bench.keep");
            if (keep != null) {
                Files.copy(file, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }


    /** Consecutive visit days from the middle of the data on, until they hold {@code target} orders. */
    private static long period(Connection db, int target, LocalDate[] period) throws Exception {
        List<LocalDate> days = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "select visit_date, count(*) from crm_order group by visit_date order by visit_date");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                days.add(rows.getObject(1, LocalDate.class));
                counts.add(rows.getLong(2));
            }
        }
        long total = counts.stream().mapToLong(Long::longValue).sum();
        if (total < target) {
            throw new IllegalStateException("The database holds " + total + " orders, fewer than " + target);
        }
        int first = days.size() / 3;
        long sum = 0;
        int last = first;
        while (sum < target && last < days.size()) {
            sum += counts.get(last++);
        }
        while (sum < target) {
            sum += counts.get(--first);
        }
        period[0] = days.get(first);
        period[1] = days.get(last - 1);
        return sum;
    }

    /** The data rows of the sheet: its rows less the title, the header and the totals. */
    private static long dataRows(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                throw new IllegalStateException("No sheet in the file");
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                return count(in, "<row ") - 3;
            }
        }
    }

    private static long count(InputStream in, String what) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        char[] buffer = new char[1 << 16];
        long found = 0;
        int matched = 0;
        for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
            for (int i = 0; i < read; i++) {
                matched = buffer[i] == what.charAt(matched) ? matched + 1 : buffer[i] == what.charAt(0) ? 1 : 0;
                if (matched == what.length()) {
                    found++;
                    matched = 0;
                }
            }
        }
        return found;
    }

    private static long serverPid(String serverDir) throws Exception {
        List<String> lines = run("jcmd", "-l");
        for (String line : lines) {
            if (line.contains("ASMain") && line.contains(serverDir)) {
                return Long.parseLong(line.substring(0, line.indexOf(' ')));
            }
        }
        throw new IllegalStateException("No Payara server of " + serverDir + " in jcmd -l; give -Dbench.pid");
    }

    private static long usedAfterGc(long pid) throws Exception {
        run("jcmd", String.valueOf(pid), "GC.run");
        return sample(pid)[0];
    }

    /** The used heap and the used old generation in bytes, from {@code jstat -gc}. */
    static long[] sample(long pid) throws Exception {
        List<String> lines = run("jstat", "-gc", String.valueOf(pid));
        return parse(lines.get(0), lines.get(1));
    }

    private static long[] parse(String header, String values) {
        String[] names = header.trim().split("\\s+");
        String[] numbers = values.trim().split("\\s+");
        double used = 0;
        double old = 0;
        for (int i = 0; i < names.length; i++) {
            switch (names[i]) {
                case "S0U", "S1U", "EU" -> used += Double.parseDouble(numbers[i]);
                case "OU" -> {
                    used += Double.parseDouble(numbers[i]);
                    old = Double.parseDouble(numbers[i]);
                }
                default -> {
                }
            }
        }
        return new long[] {(long) (used * 1024), (long) (old * 1024)};
    }

    private static List<String> run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + lines);
        }
        return lines;
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }


    /** {@code jstat -gc PID 100} in the background, keeping the highest used heap and old generation. */
    private static final class HeapSampler extends Thread {

        final AtomicLong peak = new AtomicLong();
        final AtomicLong peakOld = new AtomicLong();
        private final AtomicBoolean done = new AtomicBoolean();
        private final Process jstat;

        HeapSampler(long pid) throws IOException {
            jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "100").redirectErrorStream(true).start();
            setDaemon(true);
        }

        @Override
        public void run() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                String header = lines.readLine();
                for (String line = lines.readLine(); line != null && !done.get(); line = lines.readLine()) {
                    if (line.contains("S0C")) {
                        continue;
                    }
                    long[] used = parse(header, line);
                    peak.accumulateAndGet(used[0], Math::max);
                    peakOld.accumulateAndGet(used[1], Math::max);
                }
            } catch (IOException e) {
                // The process was stopped: sampling is over.
            }
        }

        void finish() throws InterruptedException {
            // One more sample's worth of time, so the end of the export is seen too.
            Thread.sleep(150);
            done.set(true);
            jstat.destroy();
            join(2000);
        }
    }
}
