package ru.fieldcrm.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored fix of a manager's device. Never changed once stored; unique by device and device time,
 * which is what makes a resent batch harmless.
 */
@Entity
@Table(name = "gps_position")
@SequenceGenerator(name = "gps_position_seq", sequenceName = "gps_position_seq", allocationSize = 50)
public class GpsPosition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gps_position_seq")
    private Long id;

    @Column(name = "manager_id", nullable = false)
    private long managerId;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "device_time", nullable = false)
    private Instant deviceTime;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Column(name = "accuracy_m")
    private Double accuracy;

    @Column(name = "speed_mps")
    private Double speed;

    private Double heading;

    @Column(name = "altitude_m")
    private Double altitude;

    @Column(name = "battery_pct")
    private Double battery;

    protected GpsPosition() {
    }

    /** A position that passed {@link PositionRules}, from a device of the manager. */
    GpsPosition(long managerId, long deviceId, PositionReport report, Instant receivedAt) {
        this.managerId = managerId;
        this.deviceId = deviceId;
        this.deviceTime = report.time();
        this.receivedAt = receivedAt;
        this.latitude = report.latitude();
        this.longitude = report.longitude();
        this.accuracy = report.accuracy();
        this.speed = report.speed();
        this.heading = report.heading();
        this.altitude = report.altitude();
        this.battery = report.battery();
    }

    TrackPoint toPoint() {
        return new TrackPoint(deviceTime, latitude, longitude, accuracy, speed, heading, battery);
    }

    public long getManagerId() {
        return managerId;
    }

    public Instant getDeviceTime() {
        return deviceTime;
    }
}
