package ru.fieldcrm.geo;

/** The saved geocoder and map settings: secrets are never given back, only whether one is saved. */
public record GeoSettingsDetails(GeocoderKind geocoder, String geocoderUrl, boolean geocoderKeySet,
        boolean geocoderSecretSet, boolean googleMapsKeySet, long version) {
}
