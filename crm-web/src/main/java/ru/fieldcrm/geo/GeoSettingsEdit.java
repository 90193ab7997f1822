package ru.fieldcrm.geo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import ru.fieldcrm.shared.Refusals;

/**
 * The administrator's geocoder and map settings («Карта и геокодер»): the geocoder, its address,
 * its key and secret, the Google Maps key. Keys are write-only: a saved one shows as «задан», an
 * empty field keeps it, only a typed one replaces it. {@link GeoService} refuses anybody else.
 */
@Named
@ViewScoped
public class GeoSettingsEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "geoForm";

    @EJB
    GeoService geo;

    private GeoSettingsDetails saved;
    private GeocoderKind geocoder;
    private String geocoderUrl;
    private String geocoderKey;
    private String geocoderSecret;
    private String googleMapsKey;
    private boolean clearGoogleMapsKey;

    @PostConstruct
    void init() {
        show(geo.settings());
    }

    private void show(GeoSettingsDetails details) {
        saved = details;
        geocoder = details.geocoder();
        geocoderUrl = details.geocoderUrl();
        geocoderKey = null;
        geocoderSecret = null;
        googleMapsKey = null;
        clearGoogleMapsKey = false;
    }

    public void save() {
        try {
            show(geo.saveSettings(saved.version(), new GeoSettingsForm(geocoder, blankToNull(geocoderUrl),
                    blankToNull(geocoderKey), blankToNull(geocoderSecret), blankToNull(googleMapsKey), clearGoogleMapsKey)));
            Refusals.info("geo.settings.saved");
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<GeocoderKind> getGeocoders() {
        return List.of(GeocoderKind.values());
    }

    public GeoSettingsDetails getSaved() {
        return saved;
    }

    public GeocoderKind getGeocoder() {
        return geocoder;
    }

    public void setGeocoder(GeocoderKind geocoder) {
        this.geocoder = geocoder;
    }

    public String getGeocoderUrl() {
        return geocoderUrl;
    }

    public void setGeocoderUrl(String geocoderUrl) {
        this.geocoderUrl = geocoderUrl;
    }

    public String getGeocoderKey() {
        return geocoderKey;
    }

    public void setGeocoderKey(String geocoderKey) {
        this.geocoderKey = geocoderKey;
    }

    public String getGeocoderSecret() {
        return geocoderSecret;
    }

    public void setGeocoderSecret(String geocoderSecret) {
        this.geocoderSecret = geocoderSecret;
    }

    public String getGoogleMapsKey() {
        return googleMapsKey;
    }

    public void setGoogleMapsKey(String googleMapsKey) {
        this.googleMapsKey = googleMapsKey;
    }

    public boolean isClearGoogleMapsKey() {
        return clearGoogleMapsKey;
    }

    public void setClearGoogleMapsKey(boolean clearGoogleMapsKey) {
        this.clearGoogleMapsKey = clearGoogleMapsKey;
    }
}
