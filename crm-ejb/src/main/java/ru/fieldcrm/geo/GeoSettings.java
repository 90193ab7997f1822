package ru.fieldcrm.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.fieldcrm.shared.InvalidRequestException;

/**
 * The company's geocoder and map settings: one row. Keys and the secret are kept for the adapters
 * (and the Google map key for the map page's script) and never given back in the settings.
 */
@Entity
@Table(name = "geo_settings")
public class GeoSettings {

    static final long ID = 1;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GeocoderKind geocoder;

    @Column(name = "geocoder_url", length = 200)
    private String geocoderUrl;

    @Column(name = "geocoder_key", length = 200)
    private String geocoderKey;

    @Column(name = "geocoder_secret", length = 200)
    private String geocoderSecret;

    @Column(name = "google_maps_key", length = 200)
    private String googleMapsKey;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private Long savedBy;

    @Version
    private long version;

    protected GeoSettings() {
    }

    /** For tests: settings as saved. */
    static GeoSettings of(GeocoderKind geocoder, String url, String key, String secret) {
        GeoSettings settings = new GeoSettings();
        settings.id = ID;
        settings.geocoder = geocoder;
        settings.geocoderUrl = url;
        settings.geocoderKey = key;
        settings.geocoderSecret = secret;
        return settings;
    }

    /** Everything wrong with the form, each with its field; empty when it may be saved. */
    List<InvalidRequestException> problems(GeoSettingsForm form) {
        List<InvalidRequestException> problems = new ArrayList<>();
        boolean sameGeocoder = form.geocoder() == geocoder;
        if (form.geocoder().needsUrl() && blank(form.geocoderUrl())) {
            problems.add(new InvalidRequestException("geo.geocoderUrl.required", "geocoderUrl"));
        }
        if (form.geocoder().needsKey() && blank(form.geocoderKey()) && !(sameGeocoder && geocoderKey != null)) {
            problems.add(new InvalidRequestException("geo.geocoderKey.required", "geocoderKey"));
        }
        if (form.geocoder().needsSecret() && blank(form.geocoderSecret())
                && !(sameGeocoder && geocoderSecret != null)) {
            problems.add(new InvalidRequestException("geo.geocoderSecret.required", "geocoderSecret"));
        }
        return problems;
    }

    /** Applies a form that has no {@link #problems}: blank secrets keep the saved ones of the same geocoder. */
    void apply(GeoSettingsForm form, long actorId, Instant now) {
        boolean sameGeocoder = form.geocoder() == geocoder;
        geocoderKey = keep(form.geocoderKey(), sameGeocoder ? geocoderKey : null);
        geocoderSecret = keep(form.geocoderSecret(), sameGeocoder ? geocoderSecret : null);
        geocoder = form.geocoder();
        geocoderUrl = blank(form.geocoderUrl()) ? null : form.geocoderUrl().strip();
        googleMapsKey = form.clearGoogleMapsKey() ? null : keep(form.googleMapsKey(), googleMapsKey);
        savedAt = now;
        savedBy = actorId;
    }

    GeoSettingsDetails toDetails() {
        return new GeoSettingsDetails(geocoder, geocoderUrl, geocoderKey != null, geocoderSecret != null,
                googleMapsKey != null, version);
    }

    Geocoder.Account account() {
        return new Geocoder.Account(geocoderUrl, geocoderKey, geocoderSecret);
    }

    GeocoderKind geocoder() {
        return geocoder;
    }

    /** The key for the Google map script, or null: OpenStreetMap is shown. */
    String googleMapsKey() {
        return googleMapsKey;
    }

    long version() {
        return version;
    }

    private static String keep(String entered, String saved) {
        return blank(entered) ? saved : entered.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
