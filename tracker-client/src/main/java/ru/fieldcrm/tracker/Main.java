package ru.fieldcrm.tracker;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar tracker-client.jar [tracker.properties]}: reads the source for ever (reconnecting
 * after a pause when it ends or fails) and sends the journal every interval. A recorded NMEA file
 * (a regular file, not a device) is read once and the tracker stops when all of it is sent.
 */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        Properties file = new Properties();
        if (args.length > 0) {
            try (Reader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
                file.load(reader);
            }
        }
        TrackerConfig config;
        try {
            config = TrackerConfig.from(file, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("tracker-client: " + e.getMessage());
            System.exit(2);
            return;
        }
        LOG.info("tracker-client " + config);
        Journal journal = Journal.open(config.journal());
        Tracker tracker = new Tracker(journal, new Sender(config.server(), config.token()), config.batch(),
                config.every(), Clock.systemUTC());
        ScheduledExecutorService sending = Executors.newSingleThreadScheduledExecutor();
        sending.scheduleWithFixedDelay(() -> {
            try {
                tracker.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Sending failed", e);
            }
        }, 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
        PositionSource source = config.positionSource();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                source.run(tracker::accept);
                LOG.info("The source ended: " + source);
                if (source.isFile()) {
                    // A recorded track is read once: send it all, then stop.
                    sending.shutdown();
                    sending.awaitTermination(1, TimeUnit.MINUTES);
                    while (journal.hasPending()) {
                        if (tracker.flush() == 0) {
                            Thread.sleep(config.interval().toMillis());
                        }
                    }
                    break;
                }
            } catch (InterruptedException e) {
                break;
            } catch (IOException e) {
                LOG.warning("The source failed (" + source + "): " + e.getMessage());
            }
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                break;
            }
        }
        sending.shutdownNow();
        journal.close();
    }
}
