package ru.fieldcrm.tracking;

import java.time.Instant;

/** The last known position of a manager, for the map. */
public record ManagerPosition(long managerId, String managerName, Instant time, double latitude,
        double longitude, Double accuracy, Double speed, Double heading, Double battery) {
}
