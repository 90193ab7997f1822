package ru.fieldcrm.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The settings keep secrets write-only; points placed by hand survive the geocoder and address edits. */
class GeoSettingsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void secretsAreWriteOnlyAndKeptForTheSameGeocoder() {
        GeoSettings settings = GeoSettings.of(GeocoderKind.NONE, null, null, null);
        GeoSettingsForm dadata = new GeoSettingsForm(GeocoderKind.DADATA, null, "key", "secret", "gkey", false);
        assertTrue(settings.problems(dadata).isEmpty());
        settings.apply(dadata, 1, NOW);
        GeoSettingsDetails details = settings.toDetails();
        assertTrue(details.geocoderKeySet() && details.geocoderSecretSet() && details.googleMapsKeySet());
        assertFalse(details.toString().contains("secret=") || details.toString().contains("key\""));

        GeoSettingsForm again = new GeoSettingsForm(GeocoderKind.DADATA, null, "", null, null, false);
        assertTrue(settings.problems(again).isEmpty());
        settings.apply(again, 1, NOW);
        assertEquals("secret", settings.account().secret());
        assertEquals("gkey", settings.googleMapsKey());

        GeoSettingsForm yandex = new GeoSettingsForm(GeocoderKind.YANDEX, null, null, null, null, true);
        assertEquals(1, settings.problems(yandex).size(), "a new geocoder needs its own key");
        settings.apply(new GeoSettingsForm(GeocoderKind.YANDEX, null, "ykey", null, null, true), 1, NOW);
        assertNull(settings.account().secret());
        assertNull(settings.googleMapsKey());
    }

    @Test
    void nominatimNeedsItsAddress() {
        GeoSettings settings = GeoSettings.of(GeocoderKind.NONE, null, null, null);
        assertEquals("geocoderUrl", settings.problems(
                new GeoSettingsForm(GeocoderKind.NOMINATIM, " ", null, null, null, false)).get(0).field());
    }

    @Test
    void aPinByHandStaysWhenTheAddressChanges() {
        GeoPoint point = new GeoPoint();
        point.placeByHand(55.75, 37.62, NOW);
        point.addressChanged("ул. Ленина, 1", "ул. Ленина, 2");
        assertEquals(GeoStatus.MANUAL, point.getStatus());
        assertEquals(55.75, point.getLatitude());
    }
}
