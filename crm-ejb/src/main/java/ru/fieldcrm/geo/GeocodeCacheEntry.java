package ru.fieldcrm.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One geocoder's answer for one normalized address; not found is remembered too. */
@Entity
@Table(name = "geocode_cache")
@IdClass(GeocodeCacheEntry.Key.class)
public class GeocodeCacheEntry {

    @Id
    @Column(length = 16)
    private String provider;

    @Id
    @Column(length = 500)
    private String query;

    @Column(nullable = false)
    private boolean found;

    private Double latitude;

    private Double longitude;

    @Column(name = "resolved_at", nullable = false)
    private Instant resolvedAt;

    protected GeocodeCacheEntry() {
    }

    GeocodeCacheEntry(GeocoderKind provider, String query, Geocoder.Answer answer, Instant at) {
        this.provider = provider.name();
        this.query = query;
        this.found = answer instanceof Geocoder.Answer.Found;
        if (answer instanceof Geocoder.Answer.Found point) {
            this.latitude = point.latitude();
            this.longitude = point.longitude();
        }
        this.resolvedAt = at;
    }

    Geocoder.Answer answer() {
        return found ? new Geocoder.Answer.Found(latitude, longitude) : new Geocoder.Answer.NotFound();
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String provider;
        private String query;

        public Key() {
        }

        Key(GeocoderKind provider, String query) {
            this.provider = provider.name();
            this.query = query;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(provider, key.provider)
                    && Objects.equals(query, key.query);
        }

        @Override
        public int hashCode() {
            return Objects.hash(provider, query);
        }
    }
}
