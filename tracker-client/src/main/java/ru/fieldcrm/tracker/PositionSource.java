package ru.fieldcrm.tracker;

import java.io.IOException;
import java.util.function.Consumer;
import ru.fieldcrm.tracking.PositionReport;

/** Where fixes come from: gpsd or an NMEA stream. {@code run} returns when the source ends. */
interface PositionSource {

    void run(Consumer<PositionReport> sink) throws IOException;

    /** A recorded track, read once (not a device or a connection that goes on). */
    default boolean isFile() {
        return false;
    }
}
