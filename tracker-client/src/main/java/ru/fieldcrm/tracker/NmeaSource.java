package ru.fieldcrm.tracker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import ru.fieldcrm.tracking.PositionReport;

/** NMEA sentences from a file or serial device (read as a file) or from a TCP host:port. */
final class NmeaSource implements PositionSource {

    private final Path file;
    private final String host;
    private final int port;

    private NmeaSource(Path file, String host, int port) {
        this.file = file;
        this.host = host;
        this.port = port;
    }

    static NmeaSource file(Path file) {
        return new NmeaSource(file, null, 0);
    }

    static NmeaSource tcp(String host, int port) {
        return new NmeaSource(null, host, port);
    }

    @Override
    public void run(Consumer<PositionReport> sink) throws IOException {
        if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                read(in, sink);
            }
            return;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            read(socket.getInputStream(), sink);
        }
    }

    static void read(InputStream in, Consumer<PositionReport> sink) throws IOException {
        Nmea nmea = new Nmea();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        String line;
        while ((line = reader.readLine()) != null) {
            nmea.read(line).ifPresent(sink);
        }
    }

    @Override
    public boolean isFile() {
        return file != null && Files.isRegularFile(file);
    }

    @Override
    public String toString() {
        return file != null ? "NMEA " + file : "NMEA " + host + ":" + port;
    }
}
