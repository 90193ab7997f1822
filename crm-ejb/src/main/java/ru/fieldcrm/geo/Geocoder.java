package ru.fieldcrm.geo;

import java.util.Locale;

/**
 * One geocoding provider: turns an address into a point, or says it is not found. An answer that
 * is only approximate (a street, a town) counts as not found: the address is flagged for a person
 * rather than guessed. Network trouble is a {@link Answer.Failed}: the address stays pending.
 */
public interface Geocoder {

    GeocoderKind kind();

    /** Asks the provider about one address (already normalized). */
    Answer locate(Account account, String address);

    /** What the administrator saved for the provider. */
    record Account(String url, String key, String secret) {

        @Override
        public String toString() {
            return "Account[url=" + url + "]";
        }
    }

    /** The provider's answer. */
    sealed interface Answer {

        record Found(double latitude, double longitude) implements Answer {
        }

        record NotFound() implements Answer {
        }

        /** No usable answer (network, timeout, 5xx, bad key): worth asking again later; never cached. */
        record Failed(String reason) implements Answer {
        }
    }

    /**
     * The form an address is cached under: lower case, ё as е, punctuation other than the house
     * number's slash and hyphen made spaces, runs of spaces single.
     */
    static String normalize(String address) {
        return address.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[^\\p{L}\\p{N}/\\-]+", " ").strip();
    }

    /** Found, when both numbers are a point on the earth; not found otherwise. */
    static Answer point(double latitude, double longitude) {
        return GeoPoint.validLatitude(latitude) && GeoPoint.validLongitude(longitude)
                ? new Answer.Found(latitude, longitude) : new Answer.NotFound();
    }
}
