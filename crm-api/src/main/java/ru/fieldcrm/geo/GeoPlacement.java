package ru.fieldcrm.geo;

import java.io.Serializable;

/** The point of an address and how it was found; latitude and longitude are null unless found or placed. */
public record GeoPlacement(Double latitude, Double longitude, GeoStatus status, String source) implements Serializable {

    public static final GeoPlacement PENDING = new GeoPlacement(null, null, GeoStatus.PENDING, null);

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
