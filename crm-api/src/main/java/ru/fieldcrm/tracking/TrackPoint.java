package ru.fieldcrm.tracking;

import java.time.Instant;

/** One point of a manager's track, in the order of the device's time. */
public record TrackPoint(Instant time, double latitude, double longitude, Double accuracy, Double speed,
        Double heading, Double battery) {
}
