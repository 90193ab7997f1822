package ru.fieldcrm.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * Where an address is on the map and how that was found. Embedded in orders, assessments and
 * client addresses; the geocoder fills a {@link GeoStatus#PENDING} one after the save's commit
 * (a bulk update that leaves the owner's version alone), a person may place it by hand any time.
 */
@Embeddable
public class GeoPoint {

    /** The source of a point placed by hand. */
    public static final String BY_HAND = "MANUAL";

    private Double latitude;

    private Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "geo_status", nullable = false, length = 12)
    private GeoStatus status = GeoStatus.PENDING;

    @Column(name = "geo_source", length = 16)
    private String source;

    @Column(name = "geo_at")
    private Instant at;

    public GeoPoint() {
    }

    /**
     * The address text changed: a point the geocoder found (or did not) no longer holds and is asked
     * again; a point placed by hand stays, as the geocoder never overwrites one.
     */
    public void addressChanged(String oldAddress, String newAddress) {
        if (Objects.equals(oldAddress, newAddress) || status == GeoStatus.MANUAL) {
            return;
        }
        latitude = null;
        longitude = null;
        status = GeoStatus.PENDING;
        source = null;
        at = null;
    }

    /** A person placed the point; checked against the earth's ranges. */
    public void placeByHand(double newLatitude, double newLongitude, Instant now) {
        if (!validLatitude(newLatitude) || !validLongitude(newLongitude)) {
            throw new IllegalArgumentException("point out of range");
        }
        latitude = newLatitude;
        longitude = newLongitude;
        status = GeoStatus.MANUAL;
        source = BY_HAND;
        at = now;
    }

    public static boolean validLatitude(double value) {
        return value >= -90 && value <= 90;
    }

    public static boolean validLongitude(double value) {
        return value >= -180 && value <= 180;
    }

    public GeoPlacement toPlacement() {
        return new GeoPlacement(latitude, longitude, status, source);
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public GeoStatus getStatus() {
        return status;
    }

    public String getSource() {
        return source;
    }

    public Instant getAt() {
        return at;
    }
}
