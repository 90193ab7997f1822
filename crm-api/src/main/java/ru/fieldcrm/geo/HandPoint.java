package ru.fieldcrm.geo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** A point a person placed on the map for an address (degrees, WGS 84). */
public record HandPoint(
        @NotNull(message = "{geo.latitude.range}") @DecimalMin(value = "-90", message = "{geo.latitude.range}")
        @DecimalMax(value = "90", message = "{geo.latitude.range}") Double latitude,
        @NotNull(message = "{geo.longitude.range}") @DecimalMin(value = "-180", message = "{geo.longitude.range}")
        @DecimalMax(value = "180", message = "{geo.longitude.range}") Double longitude) {
}
