package ru.fieldcrm.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Yandex Geocoder HTTP API 1.x: {@code GET {url}/1.x/?apikey=…&geocode=…&format=json&results=1}.
 * The point is {@code response.GeoObjectCollection.featureMember[0].GeoObject.Point.pos},
 * "longitude latitude". Only a house ({@code precision} exact, number, near) counts as found; a
 * street or a town is not found, so the address is flagged rather than guessed. The API takes the
 * key only in the URL: the URL is never logged.
 */
@ApplicationScoped
class YandexGeocoder implements Geocoder {

    private static final Set<String> HOUSE = Set.of("exact", "number", "near");

    @Override
    public GeocoderKind kind() {
        return GeocoderKind.YANDEX;
    }

    @Override
    public Answer locate(Account account, String address) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("apikey", account.key());
        parameters.put("geocode", address);
        parameters.put("format", "json");
        parameters.put("results", "1");
        parameters.put("lang", "ru_RU");
        String url = GeoHttp.base(account.url(), "https://geocode-maps.yandex.ru") + "/1.x/?"
                + GeoHttp.query(parameters);
        GeoHttp.Reply reply = GeoHttp.send(GeoHttp.request(url).GET().build());
        return reply instanceof GeoHttp.Reply.Json json ? read(json.body())
                : new Answer.Failed(((GeoHttp.Reply.Failed) reply).reason());
    }

    static Answer read(JsonStructure body) {
        try {
            JsonArray members = body.asJsonObject().getJsonObject("response")
                    .getJsonObject("GeoObjectCollection").getJsonArray("featureMember");
            if (members.isEmpty()) {
                return new Answer.NotFound();
            }
            JsonObject object = members.getJsonObject(0).getJsonObject("GeoObject");
            String precision = object.getJsonObject("metaDataProperty").getJsonObject("GeocoderMetaData")
                    .getString("precision", "other");
            if (!HOUSE.contains(precision)) {
                return new Answer.NotFound();
            }
            String[] pos = object.getJsonObject("Point").getString("pos").strip().split("\\s+");
            return Geocoder.point(Double.parseDouble(pos[1]), Double.parseDouble(pos[0]));
        } catch (ClassCastException | NullPointerException | NumberFormatException
                | ArrayIndexOutOfBoundsException malformed) {
            return new Answer.Failed("malformed answer");
        }
    }
}
