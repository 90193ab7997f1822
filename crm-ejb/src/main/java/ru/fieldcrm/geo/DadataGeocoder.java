package ru.fieldcrm.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;

/**
 * DaData «Стандартизация» ({@code POST {url}/api/v1/clean/address}, body {@code ["address"]},
 * headers {@code Authorization: Token key} and {@code X-Secret}). The answer's {@code geo_lat}
 * and {@code geo_lon} count only when {@code qc_geo} is 0 (the house) or 1 (the nearest house);
 * a street, a town or nothing is not found.
 */
@ApplicationScoped
class DadataGeocoder implements Geocoder {

    @Override
    public GeocoderKind kind() {
        return GeocoderKind.DADATA;
    }

    @Override
    public Answer locate(Account account, String address) {
        String body = Json.createArrayBuilder().add(address).build().toString();
        HttpRequest request = GeoHttp.request(GeoHttp.base(account.url(), "https://cleaner.dadata.ru")
                + "/api/v1/clean/address")
                .header("Content-Type", "application/json")
                .header("Authorization", "Token " + account.key())
                .header("X-Secret", account.secret())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        GeoHttp.Reply reply = GeoHttp.send(request);
        return reply instanceof GeoHttp.Reply.Json json ? read(json.body())
                : new Answer.Failed(((GeoHttp.Reply.Failed) reply).reason());
    }

    static Answer read(JsonStructure body) {
        if (!(body instanceof JsonArray results) || results.isEmpty()) {
            return new Answer.Failed("not a result array");
        }
        try {
            JsonObject result = results.getJsonObject(0);
            Integer quality = number(result.get("qc_geo"));
            String lat = text(result.get("geo_lat"));
            String lon = text(result.get("geo_lon"));
            if (quality == null || quality > 1 || lat == null || lon == null) {
                return new Answer.NotFound();
            }
            return Geocoder.point(Double.parseDouble(lat), Double.parseDouble(lon));
        } catch (ClassCastException | NumberFormatException malformed) {
            return new Answer.Failed("malformed result");
        }
    }

    private static Integer number(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.intValue();
        }
        if (value instanceof JsonString text && !text.getString().isBlank()) {
            return Integer.valueOf(text.getString().strip());
        }
        return null;
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString text && !text.getString().isBlank()) {
            return text.getString();
        }
        return value instanceof JsonNumber number ? number.toString() : null;
    }
}
