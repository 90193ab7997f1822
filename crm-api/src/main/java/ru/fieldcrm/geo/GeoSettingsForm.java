package ru.fieldcrm.geo;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the administrator saves as the geocoder and map settings. {@code geocoderKey},
 * {@code geocoderSecret} and {@code googleMapsKey} are write-only: null or blank keeps the saved
 * one; {@code clearGoogleMapsKey} removes the map key (OpenStreetMap is shown then).
 * {@code geocoderUrl} blank means the provider's own address.
 */
public record GeoSettingsForm(
        @NotNull(message = "{geo.geocoder.required}") GeocoderKind geocoder,
        @Size(max = 200, message = "{geo.geocoderUrl.invalid}") @Pattern(regexp = "https?://[^\\s]+", message = "{geo.geocoderUrl.invalid}") String geocoderUrl,
        @Size(max = 200, message = "{geo.key.tooLong}") String geocoderKey,
        @Size(max = 200, message = "{geo.key.tooLong}") String geocoderSecret,
        @Size(max = 200, message = "{geo.key.tooLong}") String googleMapsKey,
        boolean clearGoogleMapsKey) {

    @Override
    public String toString() {
        return "GeoSettingsForm[geocoder=" + geocoder + ", geocoderUrl=" + geocoderUrl + "]";
    }
}
