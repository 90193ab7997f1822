package ru.fieldcrm.geo;

import java.util.List;

/**
 * The centre and zoom at which a web map (256-pixel Web Mercator tiles) shows all of some points:
 * the middle of their bounding box and the largest zoom at which the box fits a phone-sized map
 * ({@value #WIDTH}×{@value #HEIGHT} px, so that a wider desktop map shows a margin around them).
 * Both renderers take it, so the page needs no script of its own to fit the markers.
 */
public record MapView(double latitude, double longitude, int zoom) {

    static final int WIDTH = 340;
    static final int HEIGHT = 380;
    static final int MIN_ZOOM = 3;
    /** A single point, or points a few metres apart: a street's level, not a house's. */
    static final int MAX_ZOOM = 16;
    private static final int TILE = 256;

    /** A point as latitude and longitude in degrees. */
    public record Point(double latitude, double longitude) {
    }

    /** The view of the points; {@code fallback} at the city's zoom when there are none. */
    public static MapView fitting(List<Point> points, Point fallback) {
        if (points.isEmpty()) {
            return new MapView(fallback.latitude(), fallback.longitude(), 11);
        }
        double south = points.stream().mapToDouble(Point::latitude).min().orElseThrow();
        double north = points.stream().mapToDouble(Point::latitude).max().orElseThrow();
        double west = points.stream().mapToDouble(Point::longitude).min().orElseThrow();
        double east = points.stream().mapToDouble(Point::longitude).max().orElseThrow();
        double lonSpan = (east - west) / 360;
        double ySpan = (mercator(north) - mercator(south)) / (2 * Math.PI);
        double byWidth = lonSpan == 0 ? MAX_ZOOM : log2(WIDTH / (TILE * lonSpan));
        double byHeight = ySpan == 0 ? MAX_ZOOM : log2(HEIGHT / (TILE * ySpan));
        int zoom = (int) Math.floor(Math.min(byWidth, byHeight));
        double middle = Math.toDegrees(Math.atan(Math.sinh((mercator(north) + mercator(south)) / 2)));
        return new MapView(middle, (west + east) / 2, Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)));
    }

    /** «lat,lng» as the map components take their centre. */
    public String center() {
        return latitude + "," + longitude;
    }

    private static double mercator(double latitude) {
        double radians = Math.toRadians(latitude);
        return Math.log(Math.tan(Math.PI / 4 + radians / 2));
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
