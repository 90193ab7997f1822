package ru.fieldcrm.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.geo.MapView.Point;

class MapViewTest {

    private static final Point MOSCOW = new Point(55.7558, 37.6173);

    @Test
    void noPointsShowTheFallbackCity() {
        assertEquals(new MapView(55.7558, 37.6173, 11), MapView.fitting(List.of(), MOSCOW));
    }

    @Test
    void onePointIsShownAtStreetLevel() {
        MapView view = MapView.fitting(List.of(new Point(55.741, 37.628)), MOSCOW);
        assertEquals(16, view.zoom());
        assertEquals(55.741, view.latitude(), 1e-9);
        assertEquals("55.741,37.628", view.center());
    }

    @Test
    void pointsAcrossTheCityFitAndAreCentred() {
        // The Kremlin and Zelenograd, 37 km apart: the whole of Moscow.
        MapView city = MapView.fitting(List.of(new Point(55.7520, 37.6175), new Point(55.9825, 37.1814)), MOSCOW);
        assertEquals(10, city.zoom(), "at zoom 10 the 0.44° between them take 318 of the 340 px");
        assertEquals((37.6175 + 37.1814) / 2, city.longitude(), 1e-9);
        assertEquals(55.867, city.latitude(), 0.01);
        // Two orders 750 m apart: a few streets (at zoom 15 about 3 m a pixel).
        assertEquals(15, MapView.fitting(List.of(new Point(55.75, 37.60), new Point(55.757, 37.612)), MOSCOW).zoom());
    }

    @Test
    void pointsAcrossTheCountryStayAtTheLeastZoom() {
        assertEquals(3, MapView.fitting(List.of(new Point(43.1, 131.9), new Point(54.7, 20.5)), MOSCOW).zoom());
    }
}
