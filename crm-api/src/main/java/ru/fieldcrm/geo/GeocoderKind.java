package ru.fieldcrm.geo;

/** The geocoder the administrator chose; {@link #NONE}: addresses are placed by hand only. */
public enum GeocoderKind {
    NONE(false, false, false),
    /** Any Nominatim-compatible service ({@code /search?format=jsonv2}); its address is required. */
    NOMINATIM(true, false, false),
    /** Yandex Geocoder HTTP API 1.x; an API key. */
    YANDEX(false, true, false),
    /** DaData «Стандартизация адреса» ({@code clean/address}); an API key and a secret. */
    DADATA(false, true, true);

    private final boolean needsUrl;
    private final boolean needsKey;
    private final boolean needsSecret;

    GeocoderKind(boolean needsUrl, boolean needsKey, boolean needsSecret) {
        this.needsUrl = needsUrl;
        this.needsKey = needsKey;
        this.needsSecret = needsSecret;
    }

    public boolean needsUrl() {
        return needsUrl;
    }

    public boolean needsKey() {
        return needsKey;
    }

    public boolean needsSecret() {
        return needsSecret;
    }
}
