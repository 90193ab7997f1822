package ru.fieldcrm.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Any Nominatim-compatible service: {@code GET {url}/search?q=…&format=jsonv2&limit=1}, an array
 * of places whose {@code lat}/{@code lon} are strings. An empty array is not found. The public
 * nominatim.openstreetmap.org allows one request a second; a company's own instance has no limit.
 */
@ApplicationScoped
class NominatimGeocoder implements Geocoder {

    @Override
    public GeocoderKind kind() {
        return GeocoderKind.NOMINATIM;
    }

    @Override
    public Answer locate(Account account, String address) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", address);
        parameters.put("format", "jsonv2");
        parameters.put("limit", "1");
        parameters.put("accept-language", "ru");
        String url = GeoHttp.base(account.url(), "https://nominatim.openstreetmap.org") + "/search?"
                + GeoHttp.query(parameters);
        GeoHttp.Reply reply = GeoHttp.send(GeoHttp.request(url).GET().build());
        return reply instanceof GeoHttp.Reply.Json json ? read(json.body())
                : new Answer.Failed(((GeoHttp.Reply.Failed) reply).reason());
    }

    /** Reads the answer of {@code /search?format=jsonv2} (or {@code json}). */
    static Answer read(JsonStructure body) {
        if (!(body instanceof JsonArray places)) {
            return new Answer.Failed("not an array");
        }
        if (places.isEmpty()) {
            return new Answer.NotFound();
        }
        try {
            JsonObject place = places.getJsonObject(0);
            return Geocoder.point(Double.parseDouble(place.getString("lat")),
                    Double.parseDouble(place.getString("lon")));
        } catch (ClassCastException | NullPointerException | NumberFormatException malformed) {
            return new Answer.Failed("malformed place");
        }
    }
}
