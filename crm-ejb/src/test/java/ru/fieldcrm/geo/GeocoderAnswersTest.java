package ru.fieldcrm.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** Each adapter's reading of its provider's answer: a house is found, anything vaguer is not found. */
class GeocoderAnswersTest {

    private static Geocoder.Answer.Found found(Geocoder.Answer answer) {
        return assertInstanceOf(Geocoder.Answer.Found.class, answer);
    }

    @Test
    void nominatimTakesTheFirstPlace() {
        Geocoder.Answer answer = NominatimGeocoder.read(json("""
                [{"place_id":1,"lat":"55.7539303","lon":"37.620795","display_name":"Красная площадь",
                  "category":"place","type":"house"},
                 {"place_id":2,"lat":"1","lon":"2"}]"""));
        assertEquals(55.7539303, found(answer).latitude(), 1e-9);
        assertEquals(37.620795, found(answer).longitude(), 1e-9);
    }

    @Test
    void nominatimEmptyIsNotFoundAndGarbageFails() {
        assertInstanceOf(Geocoder.Answer.NotFound.class, NominatimGeocoder.read(json("[]")));
        assertInstanceOf(Geocoder.Answer.Failed.class, NominatimGeocoder.read(json("{\"error\":\"x\"}")));
        assertInstanceOf(Geocoder.Answer.Failed.class, NominatimGeocoder.read(json("[{\"lat\":\"x\",\"lon\":\"1\"}]")));
        assertInstanceOf(Geocoder.Answer.NotFound.class, NominatimGeocoder.read(json("[{\"lat\":\"91\",\"lon\":\"1\"}]")));
    }

    @Test
    void yandexPosIsLongitudeFirst() {
        Geocoder.Answer answer = YandexGeocoder.read(json(yandex("exact", "37.587614 55.733842")));
        assertEquals(55.733842, found(answer).latitude(), 1e-9);
        assertEquals(37.587614, found(answer).longitude(), 1e-9);
    }

    @Test
    void yandexStreetOrNothingIsNotFound() {
        assertInstanceOf(Geocoder.Answer.NotFound.class, YandexGeocoder.read(json(yandex("street", "37.5 55.7"))));
        assertInstanceOf(Geocoder.Answer.NotFound.class, YandexGeocoder.read(json(
                "{\"response\":{\"GeoObjectCollection\":{\"featureMember\":[]}}}")));
        assertInstanceOf(Geocoder.Answer.Failed.class, YandexGeocoder.read(json("{\"statusCode\":403}")));
    }

    @Test
    void dadataHouseOrNearestHouseIsFound() {
        Geocoder.Answer answer = DadataGeocoder.read(json("""
                [{"source":"мск сухонская 11/-89","result":"г Москва, ул Сухонская, д 11, кв 89",
                  "geo_lat":"55.8782557","geo_lon":"37.65372","qc_geo":0,"qc":0}]"""));
        assertEquals(55.8782557, found(answer).latitude(), 1e-9);
        assertEquals(37.65372, found(answer).longitude(), 1e-9);
        assertInstanceOf(Geocoder.Answer.Found.class, DadataGeocoder.read(json(
                "[{\"geo_lat\":\"55.1\",\"geo_lon\":\"37.1\",\"qc_geo\":\"1\"}]")));
    }

    @Test
    void dadataStreetCityOrNoPointIsNotFound() {
        assertInstanceOf(Geocoder.Answer.NotFound.class, DadataGeocoder.read(json(
                "[{\"geo_lat\":\"55.1\",\"geo_lon\":\"37.1\",\"qc_geo\":2}]")));
        assertInstanceOf(Geocoder.Answer.NotFound.class, DadataGeocoder.read(json(
                "[{\"geo_lat\":null,\"geo_lon\":null,\"qc_geo\":5}]")));
        assertInstanceOf(Geocoder.Answer.Failed.class, DadataGeocoder.read(json("{\"detail\":\"Forbidden\"}")));
    }

    @Test
    void addressesAreCachedUnderOneForm() {
        assertEquals("г москва ул сухонская д 11/2 кв 89",
                Geocoder.normalize("  г. Москва,  ул. Сухонская,\nд. 11/2, кв. 89 "));
        assertEquals(Geocoder.normalize("ул. Щёлковская, 5-а"), Geocoder.normalize("УЛ ЩЕЛКОВСКАЯ 5-А"));
    }

    private static String yandex(String precision, String pos) {
        return """
                {"response":{"GeoObjectCollection":{"metaDataProperty":{"GeocoderResponseMetaData":{"found":"1"}},
                "featureMember":[{"GeoObject":{"metaDataProperty":{"GeocoderMetaData":{"precision":"%s","kind":"house",
                "text":"Россия, Москва, улица Льва Толстого, 16"}},"name":"улица Льва Толстого, 16",
                "Point":{"pos":"%s"}}}]}}}""".formatted(precision, pos);
    }

    private static jakarta.json.JsonStructure json(String text) {
        return ((GeoHttp.Reply.Json) GeoHttp.parse(text)).body();
    }
}
