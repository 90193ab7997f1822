package ru.fieldcrm.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.fieldcrm.tracking.PositionReport;

class JournalTest {

    private static final Instant T = Instant.parse("2026-06-01T10:00:00.123Z");

    @TempDir
    Path dir;

    private static PositionReport at(int second) {
        return new PositionReport(T.plusSeconds(second), 55.0 + second / 1000.0, 37.0, second % 2 == 0 ? 4.5 : null,
                1.25, null, 120.0, null);
    }

    @Test
    void aPositionReadsBackExactly() {
        PositionReport p = new PositionReport(T, 55.123456789, -37.5, 3.0, 0.0, 359.9, -12.5, 88.0);
        assertEquals(p, Journal.parse(Journal.format(p)));
        PositionReport bare = PositionReport.at(T, 1e-7, 180);
        assertEquals(bare, Journal.parse(Journal.format(bare)));
    }

    @Test
    void unsentPositionsSurviveARestartAndSentOnesDoNot() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            for (int i = 0; i < 5; i++) {
                journal.append(at(i));
            }
            Journal.Batch first = journal.next(2);
            assertEquals(List.of(at(0), at(1)), first.positions());
            journal.commit(first.end());
            // read but not acknowledged: must come again
            assertEquals(List.of(at(2), at(3)), journal.next(2).positions());
        }
        try (Journal again = Journal.open(dir)) {
            assertTrue(again.hasPending());
            Journal.Batch rest = again.next(10);
            assertEquals(List.of(at(2), at(3), at(4)), rest.positions());
            again.commit(rest.end());
            assertFalse(again.hasPending());
            again.append(at(5));
        }
        try (Journal third = Journal.open(dir)) {
            assertEquals(List.of(at(5)), third.next(10).positions());
        }
    }

    @Test
    void aLineCutByACrashIsDroppedAndTheRestKept() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            journal.append(at(0));
            journal.append(at(1));
        }
        Files.writeString(dir.resolve("positions.journal"), "1780308000000,55.0,3", StandardCharsets.US_ASCII,
                StandardOpenOption.APPEND);
        try (Journal journal = Journal.open(dir)) {
            assertEquals(List.of(at(0), at(1)), journal.next(10).positions());
            journal.append(at(2));
            assertEquals(List.of(at(0), at(1), at(2)), journal.next(10).positions());
        }
    }

    @Test
    void aFullySentJournalIsEmptiedAndAnOffsetPastTheEndIsReadAsTheStart() throws Exception {
        int lines = 0;
        try (Journal journal = Journal.open(dir)) {
            while (Files.size(dir.resolve("positions.journal")) < Journal.COMPACT_AT) {
                journal.append(at(lines++));
            }
            Journal.Batch all = journal.next(lines);
            assertEquals(lines, all.positions().size());
            journal.commit(all.end());
            assertEquals(0, Files.size(dir.resolve("positions.journal")));
            assertEquals("0", Files.readString(dir.resolve("positions.offset")));
        }
        // a crash after emptying the journal but before the offset went back
        Files.writeString(dir.resolve("positions.offset"), "999999");
        try (Journal journal = Journal.open(dir)) {
            journal.append(at(1));
            assertEquals(List.of(at(1)), journal.next(10).positions());
        }
    }
}
