package ru.fieldcrm.tracking;

import java.time.Instant;

/**
 * One fix as a device reports it: the device's time, WGS 84 degrees, and what the device knows
 * besides (accuracy and altitude in metres, speed in m/s, heading in degrees from north, battery in
 * percent), each {@code null} when unknown. Plain record with no framework annotations, so that
 * {@code tracker-client} uses it without the server's libraries.
 */
public record PositionReport(Instant time, Double latitude, Double longitude, Double accuracy, Double speed,
        Double heading, Double altitude, Double battery) {

    /** A fix with only time and place. */
    public static PositionReport at(Instant time, double latitude, double longitude) {
        return new PositionReport(time, latitude, longitude, null, null, null, null, null);
    }
}
