package ru.fieldcrm.tracker;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.fieldcrm.tracking.PositionReport;

/**
 * The positions not yet acknowledged by the server, on disk. {@code positions.journal} is
 * append-only, one position a line, each append forced to disk before it returns;
 * {@code positions.offset} holds the byte offset of the first line not yet sent, replaced
 * atomically (written aside, forced, renamed) only after the server has acknowledged the lines
 * before it. So after any crash a position is either in the journal past the offset (and will be
 * sent) or acknowledged; a batch acknowledged but not yet committed is sent again, which the server
 * stores once (unique by device and time). A line cut short by a crash is dropped on opening.
 * When everything is sent and the journal is large, it is emptied and the offset set back to 0;
 * an offset past the end (a crash between the two) is read as 0.
 */
final class Journal implements AutoCloseable {

    /** Bytes of fully sent journal above which it is emptied. */
    static final long COMPACT_AT = 1 << 20;

    private final Path offsetFile;
    private final FileChannel channel;
    private long offset;

    /** A batch read from the journal and the offset to commit once the server has it. */
    record Batch(List<PositionReport> positions, long end) {
    }

    private Journal(Path directory) throws IOException {
        Files.createDirectories(directory);
        this.offsetFile = directory.resolve("positions.offset");
        this.channel = FileChannel.open(directory.resolve("positions.journal"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        dropCutLine();
        this.offset = readOffset();
        if (offset > channel.size()) {
            offset = 0;
        }
    }

    static Journal open(Path directory) throws IOException {
        return new Journal(directory);
    }

    synchronized void append(PositionReport position) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((format(position) + "\n").getBytes(StandardCharsets.US_ASCII));
        long at = channel.size();
        while (line.hasRemaining()) {
            at += channel.write(line, at);
        }
        channel.force(false);
    }

    /** Up to {@code max} positions from the first unsent one, in the order they were journalled. */
    synchronized Batch next(int max) throws IOException {
        List<PositionReport> positions = new ArrayList<>();
        long at = offset;
        long size = channel.size();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        StringBuilder line = new StringBuilder();
        long lineStart = at;
        while (at < size && positions.size() < max) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                break;
            }
            buffer.flip();
            while (buffer.hasRemaining() && positions.size() < max) {
                char c = (char) buffer.get();
                at++;
                if (c == '\n') {
                    positions.add(parse(line.toString()));
                    line.setLength(0);
                    lineStart = at;
                } else {
                    line.append(c);
                }
            }
        }
        return new Batch(positions, lineStart);
    }

    /** Everything before {@code end} has reached the server. */
    synchronized void commit(long end) throws IOException {
        if (end <= offset) {
            return;
        }
        writeOffset(end);
        offset = end;
        if (offset == channel.size() && offset >= COMPACT_AT) {
            channel.truncate(0);
            channel.force(true);
            writeOffset(0);
            offset = 0;
        }
    }

    /** Whether positions wait to be sent. */
    synchronized boolean hasPending() throws IOException {
        return offset < channel.size();
    }

    private void writeOffset(long value) throws IOException {
        Path aside = offsetFile.resolveSibling("positions.offset.tmp");
        try (FileChannel out = FileChannel.open(aside, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(Long.toString(value).getBytes(StandardCharsets.US_ASCII)));
            out.force(true);
        }
        Files.move(aside, offsetFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(offsetFile.getParent());
    }

    /** Makes the rename durable where the system allows opening a directory (Linux does). */
    private static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // Not possible on this system: the rename is still atomic, only its durability is the system's.
        }
    }

    private long readOffset() throws IOException {
        if (!Files.exists(offsetFile)) {
            return 0;
        }
        String text = Files.readString(offsetFile, StandardCharsets.US_ASCII).strip();
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    /** A crash in the middle of an append leaves a line without its end: it was never acknowledged to anyone. */
    private void dropCutLine() throws IOException {
        long size = channel.size();
        long end = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (end > 0) {
            one.clear();
            channel.read(one, end - 1);
            if (one.get(0) == '\n') {
                break;
            }
            end--;
        }
        if (end != size) {
            channel.truncate(end);
            channel.force(true);
        }
    }

    static String format(PositionReport p) {
        return p.time().toEpochMilli() + "," + p.latitude() + "," + p.longitude() + "," + text(p.accuracy()) + ","
                + text(p.speed()) + "," + text(p.heading()) + "," + text(p.altitude()) + "," + text(p.battery());
    }

    static PositionReport parse(String line) {
        String[] f = line.split(",", -1);
        return new PositionReport(Instant.ofEpochMilli(Long.parseLong(f[0])), Double.valueOf(f[1]), Double.valueOf(f[2]),
                value(f[3]), value(f[4]), value(f[5]), value(f[6]), value(f[7]));
    }

    private static String text(Double value) {
        return value == null ? "" : value.toString();
    }

    private static Double value(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
